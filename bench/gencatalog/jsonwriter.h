#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

class QIODevice;

namespace OneWindow::GenCatalog {

/// Writes JSON text straight to a device, one value at a time, so a package of 100 000 items never exists
/// as one document in memory. The caller keeps the nesting right; the writer only places commas and
/// escapes strings (quote, backslash and control characters; everything else goes out as UTF-8).
/// Output is compact; newline() lets the package put one item per line so the file stays greppable.
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice *device);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// keys are ASCII identifiers from our own code, so they go out unescaped
    void key(QByteArrayView asciiKey);
    void value(QStringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void booleanValue(bool flag);
    void nullValue();
    void newline() { m_buffer += '\n'; }

    void field(QByteArrayView asciiKey, QStringView text);
    void field(QByteArrayView asciiKey, qint64 number);
    void field(QByteArrayView asciiKey, int number) { field(asciiKey, qint64(number)); }
    void booleanField(QByteArrayView asciiKey, bool flag);
    void fieldIfNotEmpty(QByteArrayView asciiKey, QStringView text);

    /// writes what is buffered; false once any write to the device has failed
    bool flush();
    qint64 bytesWritten() const { return m_written + m_buffer.size(); }

private:
    void beforeValue();
    void flushIfFull();

    QIODevice *m_device;
    QByteArray m_buffer;
    /// one entry per open object or array: true until its first member is written
    std::vector<bool> m_firstInLevel;
    bool m_afterKey = false;
    bool m_failed = false;
    qint64 m_written = 0;
};

} // namespace OneWindow::GenCatalog
