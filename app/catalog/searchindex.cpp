#include "searchindex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OneWindow::Catalog {
namespace {

std::uint32_t pairKey(QChar a, QChar b)
{
    return (std::uint32_t(a.unicode()) << 16) | b.unicode();
}

// Appends `item` to a posting list once, relying on items being added in ascending order.
void post(std::vector<std::uint32_t> &posting, std::uint32_t item)
{
    if (posting.empty() || posting.back() != item)
        posting.push_back(item);
}

void lower(std::vector<std::uint8_t> &tiers, std::uint32_t item, MatchTier tier)
{
    tiers[item] = std::min(tiers[item], std::uint8_t(tier));
}

/// Folds what people type into one form: full-width letters, capitals, spaces and the
/// apostrophe of "xi'an" do not change a search.
QString normalizeQuery(QStringView query)
{
    QString folded = query.toString().normalized(QString::NormalizationForm_KC).toLower();
    folded.removeIf([](QChar c) { return c.isSpace() || c == u'\''; });
    return folded;
}

bool isPinyinQuery(QStringView query)
{
    return std::all_of(query.begin(), query.end(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); });
}

} // namespace

SearchIndex::SearchIndex(std::vector<ItemSummary> items, QList<Department> departments)
    : m_items(std::move(items))
    , m_departments(std::move(departments))
    , m_departmentItems(size_t(m_departments.size()))
    , m_charPostings(0x10000)
    , m_keyPostings(Internal::keyCount)
    , m_startKeyPostings(Internal::keyCount)
{
    QHash<QString, int> departmentIndex;
    for (qsizetype i = 0; i < m_departments.size(); ++i) {
        departmentIndex.insert(m_departments[i].code, int(i));
        m_departmentPinyin.addText(m_departments[i].name);
        m_departmentPinyin.addText(m_departments[i].shortName);
    }
    m_byCode.reserve(qsizetype(m_items.size()));
    m_itemDepartment.reserve(m_items.size());
    m_itemLevels.reserve(m_items.size());
    m_codes.reserve(m_items.size());
    for (std::uint32_t i = 0; i < m_items.size(); ++i) {
        const ItemSummary &item = m_items[i];
        m_byCode.insert(item.code, i);
        const int department = departmentIndex.value(item.department, -1);
        m_itemDepartment.push_back(department);
        if (department >= 0)
            m_departmentItems[size_t(department)].push_back(i);
        std::uint32_t levels = 0;
        for (const QString &level : item.levels) {
            qsizetype bit = m_levelCodes.indexOf(level);
            if (bit < 0 && m_levelCodes.size() < 32) {
                m_levelCodes.append(level);
                bit = m_levelCodes.size() - 1;
            }
            if (bit >= 0)
                levels |= 1u << bit;
        }
        m_itemLevels.push_back(levels);
        m_codes.emplace_back(item.code.toLower(), i);
        addItemTexts(i);
    }
    std::sort(m_codes.begin(), m_codes.end());
}

void SearchIndex::addItemTexts(std::uint32_t item)
{
    const ItemSummary &summary = m_items[item];
    auto addText = [&](const QString &text, TextField field) {
        const QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
        const std::uint32_t textIndex = m_pinyin.addText(folded);
        for (qsizetype i = 0; i < folded.size(); ++i) {
            post(m_charPostings[folded[i].unicode()], item);
            if (i + 1 < folded.size())
                post(m_pairPostings[pairKey(folded[i], folded[i + 1])], item);
        }
        m_texts.push_back(folded);
        m_textFields.push_back(field);
        return textIndex;
    };
    std::vector<int> keys;
    std::vector<int> startKeys;
    auto collect = [&](std::uint32_t textIndex) {
        m_pinyin.forEachKey(textIndex, [&](int key) { keys.push_back(key); });
        m_pinyin.forEachStartKey(textIndex, [&](int key) { startKeys.push_back(key); });
    };
    collect(addText(summary.name, TextField::Name));
    if (summary.shortName != summary.name)
        collect(addText(summary.shortName, TextField::ShortName));
    for (const QString &keyword : summary.keywords)
        collect(addText(keyword, TextField::Keyword));
    m_itemTextBegin.push_back(std::uint32_t(m_texts.size()));
    for (int key : keys)
        post(m_keyPostings[size_t(key)], item);
    for (int key : startKeys)
        post(m_startKeyPostings[size_t(key)], item);
}

int SearchIndex::indexOf(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? -1 : int(*it);
}

QString SearchIndex::departmentName(int item) const
{
    const int department = item >= 0 && size_t(item) < m_items.size() ? m_itemDepartment[size_t(item)] : -1;
    return department < 0 ? QString() : m_departments[department].name;
}

// A keyword is another way to name the item, not its name: a whole keyword ranks with
// the start of a name, so typing 居住证 puts 居住证 items before one whose keyword spells jzz.
MatchTier SearchIndex::capped(std::uint32_t text, MatchTier tier) const
{
    return m_textFields[text] == TextField::Keyword ? std::max(tier, MatchTier::Prefix) : tier;
}

MatchTier SearchIndex::hanziTier(std::uint32_t item, QStringView query) const
{
    MatchTier best = MatchTier::None;
    for (std::uint32_t t = m_itemTextBegin[item]; t < m_itemTextBegin[item + 1]; ++t) {
        const QString &text = m_texts[t];
        MatchTier tier = MatchTier::None;
        if (text.size() == query.size() && text == query)
            tier = MatchTier::Exact;
        else if (text.startsWith(query))
            tier = MatchTier::Prefix;
        else if (text.contains(query))
            tier = MatchTier::Substring;
        best = std::min(best, capped(t, tier));
    }
    return best;
}

MatchTier SearchIndex::pinyinTier(std::uint32_t item, std::string_view query) const
{
    MatchTier best = MatchTier::None;
    for (std::uint32_t t = m_itemTextBegin[item]; t < m_itemTextBegin[item + 1]; ++t) {
        MatchTier tier = MatchTier::None;
        if (m_pinyin.matchesWhole(query, t))
            tier = MatchTier::Exact;
        else if (m_pinyin.matchesAtStart(query, t))
            tier = MatchTier::Prefix;
        else if (best > MatchTier::Substring && m_pinyin.matchesAnywhere(query, t))
            tier = MatchTier::Substring;
        best = std::min(best, capped(t, tier));
        if (best == MatchTier::Exact)
            break;
    }
    return best;
}

void SearchIndex::matchHanzi(QStringView query, std::vector<std::uint8_t> &tiers) const
{
    const std::vector<std::uint32_t> *candidates = &m_charPostings[query[0].unicode()];
    for (qsizetype i = 0; i + 1 < query.size(); ++i) {
        const auto it = m_pairPostings.constFind(pairKey(query[i], query[i + 1]));
        if (it == m_pairPostings.cend())
            return;
        if (it->size() < candidates->size())
            candidates = &*it;
    }
    for (std::uint32_t item : *candidates)
        lower(tiers, item, hanziTier(item, query));
}

void SearchIndex::matchPinyin(const std::string &query, std::vector<std::uint8_t> &tiers) const
{
    const int key = Internal::keyOf(query);
    if (key < 0)
        return;
    if (query.size() > size_t(Internal::keyLength)) {
        for (std::uint32_t item : m_keyPostings[size_t(key)])
            lower(tiers, item, pinyinTier(item, query));
        return;
    }
    // Up to three letters the postings are the answer: every listed item matches, and those
    // listed from a text's first slot match at its start. Only a text that short can be exact.
    for (std::uint32_t item : m_keyPostings[size_t(key)])
        lower(tiers, item, MatchTier::Substring);
    for (std::uint32_t item : m_startKeyPostings[size_t(key)]) {
        MatchTier tier = MatchTier::Prefix;
        for (std::uint32_t t = m_itemTextBegin[item]; t < m_itemTextBegin[item + 1]; ++t) {
            if (m_textFields[t] != TextField::Keyword && m_pinyin.slotCount(t) <= query.size()
                && m_pinyin.matchesWhole(query, t)) {
                tier = MatchTier::Exact;
                break;
            }
        }
        lower(tiers, item, tier);
    }
}

void SearchIndex::matchCode(QStringView query, std::vector<std::uint8_t> &tiers) const
{
    const QString prefix = query.toString();
    auto it = std::lower_bound(m_codes.cbegin(), m_codes.cend(), prefix,
                               [](const auto &entry, const QString &value) { return entry.first < value; });
    for (; it != m_codes.cend() && it->first.startsWith(prefix); ++it)
        lower(tiers, it->second, it->first.size() == prefix.size() ? MatchTier::Exact : MatchTier::Prefix);
}

void SearchIndex::matchDepartments(QStringView query, const std::string &letters,
                                   std::vector<std::uint8_t> &tiers) const
{
    for (qsizetype d = 0; d < m_departments.size(); ++d) {
        const Department &department = m_departments[d];
        bool matched = department.name.contains(query, Qt::CaseInsensitive)
            || department.shortName.contains(query, Qt::CaseInsensitive);
        if (!matched && !letters.empty())
            matched = m_departmentPinyin.matchesAnywhere(letters, std::uint32_t(2 * d))
                || m_departmentPinyin.matchesAnywhere(letters, std::uint32_t(2 * d + 1));
        if (matched)
            for (std::uint32_t item : m_departmentItems[size_t(d)])
                lower(tiers, item, MatchTier::Department);
    }
}

SearchIndex::ResolvedFilter SearchIndex::resolve(const SearchFilter &filter) const
{
    ResolvedFilter resolved;
    resolved.cityWideOnly = filter.cityWideOnly;
    resolved.instantOnly = filter.instantOnly;
    if (!filter.department.isEmpty()) {
        resolved.department = -2;
        for (qsizetype d = 0; d < m_departments.size(); ++d)
            if (m_departments[d].code == filter.department)
                resolved.department = int(d);
        resolved.impossible = resolved.department == -2;
    }
    if (!filter.level.isEmpty()) {
        const qsizetype bit = m_levelCodes.indexOf(filter.level);
        if (bit < 0)
            resolved.impossible = true;
        else
            resolved.levelMask = 1u << bit;
    }
    return resolved;
}

bool SearchIndex::passes(std::uint32_t item, const ResolvedFilter &filter) const
{
    if (filter.department >= 0 && m_itemDepartment[item] != filter.department)
        return false;
    if (filter.levelMask && !(m_itemLevels[item] & filter.levelMask))
        return false;
    const ItemSummary &summary = m_items[item];
    if (filter.cityWideOnly && !(summary.flags & CityWide))
        return false;
    if (filter.instantOnly && !summary.instant)
        return false;
    return true;
}

SearchResult SearchIndex::search(QStringView rawQuery, const SearchFilter &filter, std::span<const std::uint32_t> usage,
                                 int limit) const
{
    SearchResult result;
    const ResolvedFilter resolved = resolve(filter);
    if (resolved.impossible || m_items.empty())
        return result;
    const QString query = normalizeQuery(rawQuery);
    const std::uint32_t count = std::uint32_t(m_items.size());
    std::vector<std::uint8_t> tiers(count, std::uint8_t(MatchTier::None));
    if (query.isEmpty()) {
        std::fill(tiers.begin(), tiers.end(), std::uint8_t(MatchTier::Substring));
    } else if (isPinyinQuery(query)) {
        const std::string letters = query.toStdString();
        matchPinyin(letters, tiers);
        matchCode(query, tiers);
        if (query.size() >= 2)
            matchDepartments(query, letters, tiers);
    } else {
        matchHanzi(query, tiers);
        if (query.size() >= 2)
            matchDepartments(query, std::string(), tiers);
    }

    std::vector<SearchHit> &hits = result.hits;
    for (std::uint32_t item = 0; item < count; ++item)
        if (tiers[item] != std::uint8_t(MatchTier::None) && passes(item, resolved))
            hits.push_back({ item, MatchTier(tiers[item]) });
    result.total = int(hits.size());
    auto usageOf = [&](std::uint32_t item) { return item < usage.size() ? usage[item] : 0u; };
    auto better = [&](const SearchHit &a, const SearchHit &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        const std::uint32_t ua = usageOf(a.item), ub = usageOf(b.item);
        if (ua != ub)
            return ua > ub;
        const qsizetype la = m_items[a.item].name.size(), lb = m_items[b.item].name.size();
        if (la != lb)
            return la < lb;
        return a.item < b.item;
    };
    const size_t keep = std::min(hits.size(), size_t(std::max(limit, 0)));
    std::partial_sort(hits.begin(), hits.begin() + std::ptrdiff_t(keep), hits.end(), better);
    hits.resize(keep);
    return result;
}

} // namespace OneWindow::Catalog
