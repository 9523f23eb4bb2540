#include "regions.h"

#include "regiontable.h"
#include "text.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OneWindow::Validation {

Q_LOGGING_CATEGORY(lcValidation, "onewindow.validation")

Regions::Regions() = default;

Regions::Regions(std::shared_ptr<const Internal::RegionTable> table)
    : m_table(std::move(table))
{
}

const Regions &Regions::shared()
{
    // A function-local static: C++ guarantees one initialisation even when several threads
    // ask at once, and the table is immutable afterwards.
    static const Regions instance = [] {
        Result<Regions> loaded = fromFiles({ u":/regions/divisions.tsv"_s, u":/regions/demo.tsv"_s });
        if (!loaded) {
            qCCritical(lcValidation) << "built-in division data unusable:" << loaded.error().message;
            return Regions();
        }
        return std::move(loaded).value();
    }();
    return instance;
}

Result<Regions> Regions::fromFiles(const QStringList &paths)
{
    std::vector<QByteArray> contents;
    std::vector<Internal::RegionTable::Source> sources;
    contents.reserve(size_t(paths.size()));
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(u"regions.read"_s,
                             //: %1 is a file path, %2 the system's reason
                             Text::tr("Cannot read the division data %1: %2").arg(path, file.errorString()));
        contents.push_back(file.readAll());
        sources.push_back({ contents.back(), path });
    }
    // The sources view the bytes held in `contents`, which outlives the build.
    Result<std::shared_ptr<const Internal::RegionTable>> table = Internal::RegionTable::build(sources);
    if (!table)
        return table.error();
    return Regions(std::move(table).value());
}

Result<Regions> Regions::fromData(QByteArrayView data, const QString &sourceName)
{
    Result<std::shared_ptr<const Internal::RegionTable>> table = Internal::RegionTable::build({ { data, sourceName } });
    if (!table)
        return table.error();
    return Regions(std::move(table).value());
}

bool Regions::isEmpty() const
{
    return size() == 0;
}

int Regions::size() const
{
    return m_table ? m_table->size() : 0;
}

bool Regions::contains(QStringView code) const
{
    return m_table && m_table->find(code) >= 0;
}

Region Regions::region(QStringView code) const
{
    const int index = m_table ? m_table->find(code) : -1;
    return index < 0 ? Region() : m_table->region(index);
}

QString Regions::name(QStringView code) const
{
    const int index = m_table ? m_table->find(code) : -1;
    return index < 0 ? QString() : m_table->nameView(index).toString();
}

QList<Region> Regions::children(QStringView code) const
{
    QList<Region> result;
    if (!m_table)
        return result;
    const int index = code.isEmpty() ? -1 : m_table->find(code);
    if (index < 0 && !code.isEmpty())
        return result;
    const std::span<const qint32> children = m_table->childrenOf(index);
    result.reserve(qsizetype(children.size()));
    for (const qint32 child : children)
        result.append(m_table->region(child));
    return result;
}

QList<Region> Regions::path(QStringView code) const
{
    QList<Region> result;
    for (int index = m_table ? m_table->find(code) : -1; index >= 0; index = m_table->parentOf(index))
        result.prepend(m_table->region(index));
    return result;
}

bool Regions::isKnownCounty(QStringView code6) const
{
    const int index = m_table && code6.size() == 6 ? m_table->find(code6) : -1;
    if (index < 0)
        return false;
    if (m_table->level(index) == RegionLevel::County)
        return true;
    // A city whose children are streets (东莞, 中山, 儋州) stands where a county would.
    const std::span<const qint32> children = m_table->childrenOf(index);
    return m_table->level(index) == RegionLevel::City && !children.empty()
        && m_table->level(children.front()) == RegionLevel::Street;
}

QString Regions::addressText(QStringView code) const
{
    QString text;
    for (int index = m_table ? m_table->find(code) : -1; index >= 0; index = m_table->parentOf(index)) {
        if (!m_table->isPlaceholder(index))
            text.prepend(m_table->nameView(index));
    }
    return text;
}

} // namespace OneWindow::Validation
