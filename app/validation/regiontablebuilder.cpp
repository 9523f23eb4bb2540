#include "regiontablebuilder.h"

#include "text.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OneWindow::Validation::Internal {

namespace {

constexpr quint32 firstStreetKey = 100'000'000; // 9-digit codes; 6-digit ones are below 1,000,000

/// A code's parent is its own prefix: 440106001 → 440106 → 440100 → 440000 (GB/T 2260's
/// structure, which the statistical codes and the demo supplement keep). 0 for a province.
quint32 expectedParent(quint32 key)
{
    if (key >= firstStreetKey)
        return key / 1000;
    if (key % 10000 == 0)
        return 0;
    if (key % 100 == 0)
        return key / 10000 * 10000;
    return key / 100 * 100;
}

RegionLevel levelOf(quint32 key)
{
    if (key >= firstStreetKey)
        return RegionLevel::Street;
    if (key % 10000 == 0)
        return RegionLevel::Province;
    return key % 100 == 0 ? RegionLevel::City : RegionLevel::County;
}

QString codeText(quint32 key)
{
    return key == 0 ? QString() : QString::number(key);
}

} // namespace

QString RegionTableBuilder::where(int source, int line) const
{
    //: %1 is a data file's path, %2 a line number in it
    return Text::tr("%1, line %2").arg(m_sourceNames.value(source)).arg(line);
}

Status RegionTableBuilder::addSource(const RegionTable::Source &source)
{
    const int sourceIndex = int(m_sourceNames.size());
    m_sourceNames.append(source.name);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(source.data);
    if (decoder.hasError())
        //: %1 is a data file's path
        return makeError(u"regions.encoding"_s, Text::tr("%1 is not UTF-8 text.").arg(source.name));
    int lineNumber = 0;
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        ++lineNumber;
        const Status status = addLine(line.endsWith(u'\r') ? line.chopped(1) : line, sourceIndex, lineNumber);
        if (!status)
            return status;
    }
    return Done {};
}

Status RegionTableBuilder::addLine(QStringView line, int source, int lineNumber)
{
    if (line.trimmed().isEmpty() || line.startsWith(u'#'))
        return Done {};
    QStringView fields[4];
    int count = 0;
    for (const QStringView field : line.tokenize(u'\t')) {
        if (count == 4) {
            count = 5;
            break;
        }
        fields[count++] = field;
    }
    if (count < 3 || count > 4)
        //: %1 names the file and line
        return makeError(u"regions.fields"_s,
                         Text::tr("%1: expected a code, a parent code and a name separated by tabs.")
                             .arg(where(source, lineNumber)));
    const quint32 key = RegionTable::keyOf(fields[0]);
    const quint32 parentKey = fields[1].isEmpty() ? 0 : RegionTable::keyOf(fields[1]);
    const auto notACode = [&](QStringView text) {
        return makeError(u"regions.code"_s,
                         //: %1 names the file and line, %2 is the text found instead of a code
                         Text::tr("%1: \"%2\" is not a division code (6 digits, or 9 for a street).")
                             .arg(where(source, lineNumber), text.toString()));
    };
    if (key == 0)
        return notACode(fields[0]);
    if (parentKey == 0 && !fields[1].isEmpty())
        return notACode(fields[1]);
    const quint32 expectedKey = expectedParent(key);
    if (parentKey != expectedKey && expectedKey == 0) {
        //: %1 names the file and line, %2 is a code, %3 the parent code the line gives
        return makeError(u"regions.parent"_s,
                         Text::tr("%1: %2 is a province and has no parent; this line gives %3.")
                             .arg(where(source, lineNumber), codeText(key), fields[1].toString()));
    }
    if (parentKey != expectedKey) {
        //: %1 names the file and line, %2 is a code, %3 its parent, %4 the parent the line gives
        return makeError(
            u"regions.parent"_s,
            Text::tr("%1: the parent of %2 is %3, not \"%4\".")
                .arg(where(source, lineNumber), codeText(key), codeText(expectedKey), fields[1].toString()));
    }
    const QStringView name = fields[2].trimmed();
    if (name.isEmpty() || name.size() > 0xFFFF)
        //: %1 names the file and line, %2 is a division code
        return makeError(u"regions.name"_s,
                         Text::tr("%1: the division %2 has no name.").arg(where(source, lineNumber), codeText(key)));
    quint8 flags = 0;
    for (const QChar flag : fields[3]) {
        if (flag == u'p')
            flags |= RegionTable::PlaceholderFlag;
        else if (flag == u'd')
            flags |= RegionTable::FictionalFlag;
        else
            return makeError(u"regions.flags"_s,
                             //: %1 names the file and line, %2 is the flag found. Keep the letters p and d.
                             Text::tr("%1: unknown flag \"%2\" (p = placeholder, d = fictional).")
                                 .arg(where(source, lineNumber), QString(flag)));
    }
    m_pending.push_back({ key, parentKey, quint32(m_names.size()), quint16(name.size()), flags, source, lineNumber });
    m_names.append(name);
    return Done {};
}

Result<std::shared_ptr<const RegionTable>> RegionTableBuilder::finish()
{
    if (m_pending.empty())
        //: %1 is the data file's path (or several, separated by commas)
        return makeError(u"regions.empty"_s, Text::tr("%1 contains no divisions.").arg(m_sourceNames.join(u", "_s)));
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Pending &a, const Pending &b) { return a.key < b.key; });
    auto table = std::make_shared<RegionTable>();
    table->m_names = std::move(m_names);
    table->m_nodes.reserve(m_pending.size());
    for (size_t i = 0; i < m_pending.size(); ++i) {
        const Pending &p = m_pending[i];
        if (i > 0 && m_pending[i - 1].key == p.key)
            return makeError(u"regions.duplicate"_s,
                             //: %1 names the file and line, %2 is a code, %3 names where it was first defined
                             Text::tr("%1: the code %2 is already defined (%3).")
                                 .arg(where(p.source, p.line), codeText(p.key),
                                      where(m_pending[i - 1].source, m_pending[i - 1].line)));
        RegionTable::Node node;
        node.key = p.key;
        node.nameOffset = p.nameOffset;
        node.nameLength = p.nameLength;
        node.level = levelOf(p.key);
        node.flags = p.flags;
        table->m_nodes.push_back(node);
    }
    std::vector<quint32> cursor(table->m_nodes.size(), 0);
    for (size_t i = 0; i < m_pending.size(); ++i) {
        const Pending &p = m_pending[i];
        if (p.parentKey == 0) {
            ++table->m_rootCount;
            continue;
        }
        const int parent = table->findKey(p.parentKey);
        if (parent < 0)
            return makeError(u"regions.missing_parent"_s,
                             //: %1 names the file and line, %2 is the missing parent code, %3 the division's code
                             Text::tr("%1: the parent %2 of %3 is not in the data.")
                                 .arg(where(p.source, p.line), codeText(p.parentKey), codeText(p.key)));
        table->m_nodes[i].parent = parent;
        ++table->m_nodes[size_t(parent)].childCount;
    }
    // Lay the child lists out one after another (provinces first) and fill them in code order.
    quint32 offset = table->m_rootCount;
    for (RegionTable::Node &node : table->m_nodes) {
        node.firstChild = offset;
        offset += node.childCount;
    }
    table->m_childOrder.resize(offset);
    quint32 rootCursor = 0;
    for (size_t i = 0; i < table->m_nodes.size(); ++i) {
        const int parent = table->m_nodes[i].parent;
        const quint32 slot
            = parent < 0 ? rootCursor++ : table->m_nodes[size_t(parent)].firstChild + cursor[size_t(parent)]++;
        table->m_childOrder[slot] = qint32(i);
    }
    return std::shared_ptr<const RegionTable>(std::move(table));
}

Result<std::shared_ptr<const RegionTable>> RegionTable::build(const std::vector<Source> &sources)
{
    RegionTableBuilder builder;
    for (const Source &source : sources) {
        const Status status = builder.addSource(source);
        if (!status)
            return status.error();
    }
    return builder.finish();
}

} // namespace OneWindow::Validation::Internal
