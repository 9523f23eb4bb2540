#pragma once

#include <QByteArray>

namespace OneWindow::PinyinGen {

/// The whole content of a .bz2 file, unpacked in memory (Unihan_Readings is about 6 MB, so
/// streaming would buy nothing). Reads every stream of a file that holds several back to
/// back, as parallel compressors write them. Throws GenerationError on damaged input.
QByteArray decompressBzip2(const QByteArray &compressed);

} // namespace OneWindow::PinyinGen
