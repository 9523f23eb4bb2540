#pragma once

#include <QString>
#include <QStringList>

#include "jsonwriter.h"

class QIODevice;

namespace OneWindow::GenCatalog {

struct ItemGuide;

struct PackageHeader
{
    QString kind; ///< "full" or "delta"
    int version = 1;
    int baseVersion = 0; ///< delta only; 0 leaves it out
    QString issuedAt;
    QString issuer;
};

/// Streams one catalog package: header, code tables and departments (full only), items one per line, then
/// the removed codes (delta only). Calls go in that order; finish() closes the document.
class PackageWriter
{
public:
    explicit PackageWriter(QIODevice *device);

    void begin(const PackageHeader &header);
    void writeItem(const ItemGuide &item);
    /// ends the items array and the document; false if any write failed
    bool finish(const QStringList &removedCodes = {});

    qint64 bytesWritten() const { return m_json.bytesWritten(); }

private:
    void writeDictionaries();
    void writeDepartments();

    JsonWriter m_json;
};

} // namespace OneWindow::GenCatalog
