#include "regiontable.h"

#include <algorithm>

namespace OneWindow::Validation::Internal {

quint32 RegionTable::keyOf(QStringView code)
{
    if (code.size() != 6 && code.size() != 9)
        return 0;
    quint32 key = 0;
    for (const QChar c : code) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return 0;
        key = key * 10 + quint32(c.unicode() - u'0');
    }
    // A leading zero would make a 6-digit key collide with nothing but is no code either.
    return code.front() == u'0' ? 0 : key;
}

int RegionTable::find(QStringView code) const
{
    return findKey(keyOf(code));
}

int RegionTable::findKey(quint32 key) const
{
    if (key == 0)
        return -1;
    const auto it = std::lower_bound(m_nodes.cbegin(), m_nodes.cend(), key,
                                     [](const Node &node, quint32 k) { return node.key < k; });
    return it != m_nodes.cend() && it->key == key ? int(it - m_nodes.cbegin()) : -1;
}

std::span<const qint32> RegionTable::childrenOf(int index) const
{
    if (index < 0)
        return std::span<const qint32>(m_childOrder.data(), m_rootCount);
    const Node &node = m_nodes[size_t(index)];
    return std::span<const qint32>(m_childOrder.data() + node.firstChild, node.childCount);
}

bool RegionTable::isPlaceholder(int index) const
{
    return m_nodes[size_t(index)].flags & PlaceholderFlag;
}

QStringView RegionTable::nameView(int index) const
{
    const Node &node = m_nodes[size_t(index)];
    return QStringView(m_names).mid(node.nameOffset, node.nameLength);
}

Region RegionTable::region(int index) const
{
    const Node &node = m_nodes[size_t(index)];
    Region region;
    region.code = QString::number(node.key);
    region.name = nameView(index).toString();
    region.level = node.level;
    region.placeholder = node.flags & PlaceholderFlag;
    region.fictional = node.flags & FictionalFlag;
    return region;
}

} // namespace OneWindow::Validation::Internal
