#include "packagewriter.h"

#include "departments.h"
#include "dictionaries.h"
#include "itemguide.h"
#include "itemwriter.h"

using namespace Qt::StringLiterals;

namespace OneWindow::GenCatalog {

PackageWriter::PackageWriter(QIODevice *device)
    : m_json(device)
{
}

void PackageWriter::begin(const PackageHeader &header)
{
    m_json.beginObject();
    m_json.field("format", u"onewindow-catalog"_s);
    m_json.field("formatVersion", 1);
    m_json.field("kind", header.kind);
    m_json.field("version", header.version);
    if (header.baseVersion > 0)
        m_json.field("baseVersion", header.baseVersion);
    m_json.field("issuedAt", header.issuedAt);
    m_json.field("issuer", header.issuer);
    m_json.key("signature");
    m_json.nullValue();
    if (header.kind == u"full") {
        writeDictionaries();
        writeDepartments();
    }
    m_json.newline();
    m_json.key("items");
    m_json.beginArray();
}

void PackageWriter::writeItem(const ItemGuide &item)
{
    m_json.newline();
    GenCatalog::writeItem(m_json, item);
}

bool PackageWriter::finish(const QStringList &removedCodes)
{
    m_json.endArray();
    if (!removedCodes.isEmpty()) {
        m_json.newline();
        m_json.key("removed");
        m_json.beginArray();
        for (const QString &code : removedCodes)
            m_json.value(code);
        m_json.endArray();
    }
    m_json.endObject();
    m_json.newline();
    return m_json.flush();
}

void PackageWriter::writeDictionaries()
{
    m_json.newline();
    m_json.key("dictionaries");
    m_json.beginObject();
    for (const Dictionary &dictionary : dictionaries()) {
        m_json.key(dictionary.name);
        m_json.beginArray();
        for (const DictionaryEntry &entry : dictionary.entries) {
            m_json.beginObject();
            m_json.field("code", entry.code);
            m_json.field("label", entry.label);
            m_json.endObject();
        }
        m_json.endArray();
    }
    m_json.endObject();
}

void PackageWriter::writeDepartments()
{
    m_json.newline();
    m_json.key("departments");
    m_json.beginArray();
    for (const Department &department : departments()) {
        m_json.beginObject();
        m_json.field("code", department.code);
        m_json.field("name", department.name);
        m_json.field("shortName", department.shortName);
        m_json.endObject();
    }
    m_json.endArray();
}

} // namespace OneWindow::GenCatalog
