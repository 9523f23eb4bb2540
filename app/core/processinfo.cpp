#include "processinfo.h"

#include <QByteArray>
#include <QFile>
#include <QList>

using namespace Qt::StringLiterals;

namespace OneWindow {

qint64 residentMemoryKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

} // namespace OneWindow
