#pragma once

#include "core/error.h"
#include "region.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <memory>

namespace OneWindow::Validation {

namespace Internal {
class RegionTable;
}

/// The administrative divisions of China (provinces down to streets and towns) for the address
/// field and for the identity-number check, plus the demo hall's fictional 示范市示范区.
/// shared() loads the built-in data (resources/regions/, compiled in) once, on first use; the
/// object is immutable, so any thread may read it. Copies are cheap (they share the table).
/// Codes are 6 digits (440000, 440100, 440106) or 9 for a street (440106001).
///
/// Data format (UTF-8 text, one division a line, '#' starts a comment line):
///     code <TAB> parent code <TAB> name [<TAB> flags]
/// The parent is the code's own prefix (440106 → 440100 → 440000; a street's first six
/// digits); flags: p = placeholder level, d = fictional (demo) division.
class Regions
{
public:
    /// An empty set: contains nothing. shared() or fromFiles() give real data.
    Regions();

    /// The built-in divisions (resources :/regions/divisions.tsv and :/regions/demo.tsv),
    /// loaded on first call (about 10^8 instructions: tens of milliseconds) and kept for the
    /// process. If the built-in data could not be read (a broken build) this is empty and the
    /// reason is logged.
    static const Regions &shared();

    /// Reads division files in order; a code may appear only once across them all, and every
    /// parent must be defined in one of them. The error names the file, the line and the fault.
    static Result<Regions> fromFiles(const QStringList &paths);
    /// Parses one file's contents; `sourceName` is what error messages call it.
    static Result<Regions> fromData(QByteArrayView data, const QString &sourceName);

    bool isEmpty() const;
    int size() const;

    bool contains(QStringView code) const;
    /// The division with this code, or an invalid Region.
    Region region(QStringView code) const;
    /// Its name, or an empty string for an unknown code.
    QString name(QStringView code) const;
    /// The divisions directly under `code`, ordered by code; an empty code gives the provinces.
    QList<Region> children(QStringView code) const;
    /// From the province down to the division itself: [province, city, county(, street)].
    /// Empty for an unknown code.
    QList<Region> path(QStringView code) const;
    /// True for a county-level code, and for a city that has no counties (东莞 441900: its
    /// towns are directly under it, so an address stops at the city).
    bool isKnownCounty(QStringView code6) const;
    /// The names along path(code) without placeholder levels, as printed on a document:
    /// 北京市东城区 for 110101 (not 北京市市辖区东城区). Empty for an unknown code.
    QString addressText(QStringView code) const;

private:
    explicit Regions(std::shared_ptr<const Internal::RegionTable> table);

    std::shared_ptr<const Internal::RegionTable> m_table;
};

} // namespace OneWindow::Validation
