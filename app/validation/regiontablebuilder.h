#pragma once

#include "regiontable.h"

#include <QStringList>

namespace OneWindow::Validation::Internal {

/// Parses division files into a RegionTable and checks them: the fields of each line, the
/// codes, the flags, duplicates across files and that every parent exists and is the code's
/// own prefix. Every error names the file and the line, so a broken data file is fixed in
/// a minute rather than shipped.
class RegionTableBuilder
{
public:
    Status addSource(const RegionTable::Source &source);
    Result<std::shared_ptr<const RegionTable>> finish();

private:
    struct Pending
    {
        quint32 key;
        quint32 parentKey;
        quint32 nameOffset;
        quint16 nameLength;
        quint8 flags;
        int source;
        int line;
    };

    Status addLine(QStringView line, int source, int lineNumber);
    QString where(int source, int line) const;

    std::vector<Pending> m_pending;
    QStringList m_sourceNames;
    QString m_names;
};

} // namespace OneWindow::Validation::Internal
