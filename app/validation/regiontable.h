#pragma once

#include "core/error.h"
#include "region.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace OneWindow::Validation::Internal {

/// The parsed division data behind Regions, built once and never changed. About 45,000
/// divisions: each is a 24-byte node (code as a number, parent, child range, name range)
/// and all names live in one string, so the table costs under 2 MB instead of the 6–8 MB of
/// a QString per field. Nodes are sorted by code (binary search); each node's children are
/// a contiguous run of `m_childOrder`, sorted by code.
class RegionTable
{
public:
    struct Source
    {
        QByteArrayView data;
        QString name; ///< how error messages call it (a file path)
    };

    static Result<std::shared_ptr<const RegionTable>> build(const std::vector<Source> &sources);

    int size() const { return int(m_nodes.size()); }
    /// Node index of a 6- or 9-digit code, or -1.
    int find(QStringView code) const;
    /// Node index of a key (see keyOf()), or -1.
    int findKey(quint32 key) const;
    /// Node index of the parent, or -1 for a province.
    int parentOf(int index) const { return m_nodes[size_t(index)].parent; }
    /// Node indices directly under `index`; -1 gives the provinces.
    std::span<const qint32> childrenOf(int index) const;
    Region region(int index) const;
    RegionLevel level(int index) const { return m_nodes[size_t(index)].level; }
    bool isPlaceholder(int index) const;
    QStringView nameView(int index) const;

    /// The key of a code: its value as a number (6 and 9 digits never collide because a
    /// code never starts with 0), or 0 when `code` is not 6 or 9 ASCII digits.
    static quint32 keyOf(QStringView code);

private:
    friend class RegionTableBuilder;

    struct Node
    {
        quint32 key = 0;
        qint32 parent = -1;
        quint32 firstChild = 0; ///< into m_childOrder
        quint32 childCount = 0;
        quint32 nameOffset = 0; ///< into m_names
        quint16 nameLength = 0;
        RegionLevel level = RegionLevel::Province;
        quint8 flags = 0;
    };
    static constexpr quint8 PlaceholderFlag = 1;
    static constexpr quint8 FictionalFlag = 2;

    std::vector<Node> m_nodes;
    std::vector<qint32> m_childOrder; ///< provinces first, then every node's children
    quint32 m_rootCount = 0;
    QString m_names;
};

} // namespace OneWindow::Validation::Internal
