#include "bzip2.h"

#include "generationerror.h"

#include <string>

#include <bzlib.h>

namespace OneWindow::PinyinGen {

namespace {

/// 1 MiB steps: a handful of reallocations for the 6 MB text.
constexpr qsizetype outputStep = 1 << 20;

/// Unpacks one bzip2 stream starting at `input`; returns how many input bytes it used.
qsizetype decompressStream(const char *input, qsizetype available, QByteArray &output)
{
    bz_stream stream {};
    if (BZ2_bzDecompressInit(&stream, 0, 0) != BZ_OK)
        throw GenerationError("cannot initialise libbz2");
    // libbz2 never writes through next_in; its API just predates const.
    stream.next_in = const_cast<char *>(input);
    stream.avail_in = static_cast<unsigned>(available);
    int status = BZ_OK;
    while (status == BZ_OK) {
        const qsizetype filled = output.size();
        output.resize(filled + outputStep);
        stream.next_out = output.data() + filled;
        stream.avail_out = static_cast<unsigned>(outputStep);
        status = BZ2_bzDecompress(&stream);
        output.resize(filled + outputStep - qsizetype(stream.avail_out));
        if (status == BZ_OK && stream.avail_in == 0 && stream.avail_out > 0)
            status = BZ_UNEXPECTED_EOF;
    }
    BZ2_bzDecompressEnd(&stream);
    if (status != BZ_STREAM_END)
        throw GenerationError("damaged bzip2 data (libbz2 status " + std::to_string(status) + ")");
    return available - qsizetype(stream.avail_in);
}

} // namespace

QByteArray decompressBzip2(const QByteArray &compressed)
{
    QByteArray output;
    qsizetype consumed = 0;
    while (consumed < compressed.size())
        consumed += decompressStream(compressed.constData() + consumed, compressed.size() - consumed, output);
    if (output.isEmpty())
        throw GenerationError("empty bzip2 file");
    return output;
}

} // namespace OneWindow::PinyinGen
