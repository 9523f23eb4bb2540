#include "jsonwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace OneWindow::GenCatalog {

namespace {

// 1 MiB: large enough that the 270 MB package of 100 000 items costs a few hundred writes, small enough to stay in
// cache.
constexpr qsizetype flushThreshold = 1 << 20;

void appendEscaped(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Writes through a pointer into room made up front (six bytes a unit covers \u001f, the longest
    // escape): appending byte by byte to QByteArray took a quarter of the run time.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size());
    char *p = out.data() + start;
    const qsizetype size = text.size();
    const char16_t *units = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        const char32_t unit = units[i];
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                *p++ = char(unit);
                continue;
            }
            *p++ = '\\';
            switch (unit) {
            case u'"':
            case u'\\':
                *p++ = char(unit);
                break;
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[unit >> 4];
                *p++ = hex[unit & 0xf];
            }
            continue;
        }
        char32_t codePoint = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            codePoint = QChar::surrogateToUcs4(char16_t(unit), units[++i]);
        } else if (QChar::isSurrogate(unit)) {
            // a lone surrogate is not valid UTF-8; the replacement character keeps the file parseable
            codePoint = 0xfffd;
        }
        if (codePoint < 0x800) {
            *p++ = char(0xc0 | (codePoint >> 6));
        } else if (codePoint < 0x10000) {
            *p++ = char(0xe0 | (codePoint >> 12));
            *p++ = char(0x80 | ((codePoint >> 6) & 0x3f));
        } else {
            *p++ = char(0xf0 | (codePoint >> 18));
            *p++ = char(0x80 | ((codePoint >> 12) & 0x3f));
            *p++ = char(0x80 | ((codePoint >> 6) & 0x3f));
        }
        *p++ = char(0x80 | (codePoint & 0x3f));
    }
    out.resize(p - out.constData());
}

} // namespace

JsonWriter::JsonWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(flushThreshold + flushThreshold / 4);
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_buffer += '{';
    m_firstInLevel.push_back(true);
}

void JsonWriter::endObject()
{
    m_firstInLevel.pop_back();
    m_buffer += '}';
    flushIfFull();
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_buffer += '[';
    m_firstInLevel.push_back(true);
}

void JsonWriter::endArray()
{
    m_firstInLevel.pop_back();
    m_buffer += ']';
    flushIfFull();
}

void JsonWriter::key(QByteArrayView asciiKey)
{
    beforeValue();
    m_buffer += '"';
    m_buffer.append(asciiKey);
    m_buffer += "\":"_ba;
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    m_buffer += '"';
    appendEscaped(m_buffer, text);
    m_buffer += '"';
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_buffer += QByteArray::number(number);
}

void JsonWriter::booleanValue(bool flag)
{
    beforeValue();
    m_buffer += flag ? "true"_ba : "false"_ba;
}

void JsonWriter::nullValue()
{
    beforeValue();
    m_buffer += "null"_ba;
}

void JsonWriter::field(QByteArrayView asciiKey, QStringView text)
{
    key(asciiKey);
    value(text);
}

void JsonWriter::field(QByteArrayView asciiKey, qint64 number)
{
    key(asciiKey);
    value(number);
}

void JsonWriter::booleanField(QByteArrayView asciiKey, bool flag)
{
    key(asciiKey);
    booleanValue(flag);
}

void JsonWriter::fieldIfNotEmpty(QByteArrayView asciiKey, QStringView text)
{
    if (!text.isEmpty())
        field(asciiKey, text);
}

bool JsonWriter::flush()
{
    if (!m_failed && !m_buffer.isEmpty()) {
        if (m_device->write(m_buffer) != m_buffer.size())
            m_failed = true;
        else
            m_written += m_buffer.size();
    }
    // resize, not clear: clear() would give the reserved megabyte back
    m_buffer.resize(0);
    return !m_failed;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_firstInLevel.empty())
        return;
    if (m_firstInLevel.back())
        m_firstInLevel.back() = false;
    else
        m_buffer += ',';
}

void JsonWriter::flushIfFull()
{
    if (m_buffer.size() >= flushThreshold)
        flush();
}

} // namespace OneWindow::GenCatalog
