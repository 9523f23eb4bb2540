#include "unihan.h"

#include "generationerror.h"
#include "toneless.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace OneWindow::PinyinGen {

using namespace Qt::StringLiterals;

namespace {

/// One "locations:readings" entry per space. Page and position widths differ per
/// dictionary; kXHC1983 marks readings it gives only in combinations with '*'.
const QRegularExpression tghzEntry(uR"(^\d{3}\.\d{3}(?:,\d{3}\.\d{3})*:([^,:\s]+)$)"_s);
const QRegularExpression xhcEntry(uR"(^\d{4}\.\d{3}\*?(?:,\d{4}\.\d{3}\*?)*:([^,:\s]+)$)"_s);
const QRegularExpression hanyuPinyinEntry(uR"(^\d{5}\.\d{3}(?:,\d{5}\.\d{3})*:([^,:\s]+(?:,[^,:\s]+)*)$)"_s);
/// kHanyuPinlu: "lè(283) yuè(54)".
const QRegularExpression pinluEntry(uR"(^([^(\s]+)\((\d+)\)$)"_s);
const QRegularExpression mandarinEntry(uR"(^[^,:()\s]+$)"_s);

std::vector<std::string> parseMandarin(const QString &value)
{
    std::vector<std::string> readings;
    for (const QString &entry : value.split(u' ')) {
        if (!mandarinEntry.match(entry).hasMatch())
            throw GenerationError("malformed kMandarin value");
        readings.push_back(tonelessSyllable(entry));
    }
    return readings;
}

std::vector<std::string> parseLocatedReadings(const QString &value, const QRegularExpression &entryPattern,
                                              const char *field)
{
    std::vector<std::string> readings;
    for (const QString &entry : value.split(u' ')) {
        const QRegularExpressionMatch match = entryPattern.match(entry);
        if (!match.hasMatch())
            throw GenerationError(std::string("malformed ") + field + " entry \"" + entry.toStdString() + '"');
        for (const QString &reading : match.captured(1).split(u','))
            readings.push_back(tonelessSyllable(reading));
    }
    return readings;
}

std::map<std::string, int> parsePinlu(const QString &value)
{
    std::map<std::string, int> frequency;
    for (const QString &entry : value.split(u' ')) {
        const QRegularExpressionMatch match = pinluEntry.match(entry);
        if (!match.hasMatch())
            throw GenerationError("malformed kHanyuPinlu entry \"" + entry.toStdString() + '"');
        // nǚ and nü are both "nv": their counts add up.
        frequency[tonelessSyllable(match.capturedView(1))] += match.captured(2).toInt();
    }
    return frequency;
}

/// Stores one field's value; fields the table does not use are skipped unparsed.
void storeField(CharacterFields &fields, const QByteArray &field, const QString &value)
{
    if (field == "kMandarin")
        fields.mandarin = parseMandarin(value);
    else if (field == "kTGHZ2013")
        fields.tghz2013 = parseLocatedReadings(value, tghzEntry, "kTGHZ2013");
    else if (field == "kXHC1983")
        fields.xhc1983 = parseLocatedReadings(value, xhcEntry, "kXHC1983");
    else if (field == "kHanyuPinyin")
        fields.hanyuPinyin = parseLocatedReadings(value, hanyuPinyinEntry, "kHanyuPinyin");
    else if (field == "kHanyuPinlu")
        fields.pinluFrequency = parsePinlu(value);
}

bool isReadingField(const QByteArray &field)
{
    return field == "kMandarin" || field == "kTGHZ2013" || field == "kXHC1983" || field == "kHanyuPinyin"
        || field == "kHanyuPinlu";
}

char32_t parseCodePoint(const QByteArray &text)
{
    bool ok = false;
    const uint value = text.startsWith("U+") ? text.mid(2).toUInt(&ok, 16) : 0;
    if (!ok || value > 0x10FFFF)
        throw GenerationError("malformed code point \"" + text.toStdString() + '"');
    return char32_t(value);
}

} // namespace

bool isCjkIdeograph(char32_t codePoint)
{
    // Extension A, the unified block, the compatibility block (some of it unified, such as
    // U+FA18), and planes 2 and 3, which hold nothing but ideographs.
    return (codePoint >= 0x3400 && codePoint <= 0x4DBF) || (codePoint >= 0x4E00 && codePoint <= 0x9FFF)
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF) || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
}

UnihanReadings parseUnihanReadings(const QByteArray &text, const std::string &sourceName)
{
    static constexpr QByteArrayView versionPrefix = "# Unicode version: ";
    UnihanReadings result;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (line.startsWith(versionPrefix))
            result.unicodeVersion = line.mid(versionPrefix.size()).trimmed().toStdString();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        try {
            const QList<QByteArray> columns = line.split('\t');
            if (columns.size() != 3)
                throw GenerationError("expected three tab-separated columns");
            if (!isReadingField(columns[1]))
                continue;
            const char32_t codePoint = parseCodePoint(columns[0]);
            if (!isCjkIdeograph(codePoint))
                continue;
            storeField(result.characters[codePoint], columns[1], QString::fromUtf8(columns[2]));
        } catch (const GenerationError &error) {
            throw GenerationError(sourceName + ':' + std::to_string(i + 1) + ": " + error.what());
        }
    }
    if (result.characters.empty())
        throw GenerationError(sourceName + ": no pinyin readings found");
    return result;
}

} // namespace OneWindow::PinyinGen
