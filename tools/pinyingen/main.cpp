// onewindow-pinyingen <Unihan_Readings.txt.bz2> <output.cpp>
//
// Writes the hanzi → pinyin table of OneWindow::Pinyin as C++ source, so the application
// carries it as constant data and parses nothing at start (DESIGN.md §6).

#include "bzip2.h"
#include "generationerror.h"
#include "readingrule.h"
#include "tablewriter.h"
#include "unihan.h"

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QString>

using namespace OneWindow::PinyinGen;

namespace {

QByteArray readBzip2File(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw GenerationError(path.toStdString() + ": " + file.errorString().toStdString());
    try {
        return decompressBzip2(file.readAll());
    } catch (const GenerationError &error) {
        throw GenerationError(path.toStdString() + ": " + error.what());
    }
}

/// Through a temporary file: a run that fails halfway leaves no truncated table that the
/// next build would take as up to date.
void writeFile(const QString &path, const std::string &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.data(), qint64(content.size())) != qint64(content.size())
        || !file.commit())
        throw GenerationError(path.toStdString() + ": " + file.errorString().toStdString());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: onewindow-pinyingen <Unihan_Readings.txt.bz2> <output.cpp>\n");
        return 2;
    }
    const QString inputPath = QFile::decodeName(argv[1]);
    const QString outputPath = QFile::decodeName(argv[2]);
    try {
        const std::string inputName = QFileInfo(inputPath).fileName().toStdString();
        const UnihanReadings unihan = parseUnihanReadings(readBzip2File(inputPath), inputName);

        std::map<char32_t, std::vector<std::string>> readings;
        for (const auto &[codePoint, fields] : unihan.characters)
            readings.emplace(codePoint, chosenReadings(fields));
        const PinyinTable table = buildTable(readings);

        std::string provenance = inputName;
        if (!unihan.unicodeVersion.empty())
            provenance += " (Unicode " + unihan.unicodeVersion + ')';
        writeFile(outputPath, tableSource(table, provenance));
        std::printf("onewindow-pinyingen: %zu characters, %zu syllables, %zu bytes of data\n", table.characterCount(),
                    table.syllableCount(), table.dataBytes());
    } catch (const GenerationError &error) {
        std::fprintf(stderr, "onewindow-pinyingen: error: %s\n", error.what());
        return 1;
    }
    return 0;
}
