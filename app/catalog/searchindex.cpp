#include "searchindex.h"

#include <algorithm>
#include <array>
#include <numeric>

#include "core/logging.h"

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

constexpr qsizetype minimumCodePrefix = 3;

// Keys of one and two letters index items; keys of three letters index positions.
constexpr int shortKeyCount = Internal::keyAlphabet + Internal::keyAlphabet * Internal::keyAlphabet;

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
    , m_charStartPostings(0x10000)
    , m_keyPostings(shortKeyCount)
    , m_startKeyPostings(shortKeyCount)
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
    m_positions.finishBuilding();
    if (m_positions.dropped())
        qCWarning(lcCatalog) << "catalog too large: pinyin of three letters and more finds only the first"
                             << Internal::PinyinPositions::maxText << "texts";
    m_byNameLength.resize(m_items.size());
    std::iota(m_byNameLength.begin(), m_byNameLength.end(), 0u);
    std::stable_sort(m_byNameLength.begin(), m_byNameLength.end(), [this](std::uint32_t a, std::uint32_t b) {
        return m_items[a].name.size() < m_items[b].name.size();
    });
}

void SearchIndex::addItemTexts(std::uint32_t item)
{
    const ItemSummary &summary = m_items[item];
    std::vector<int> keys;
    std::vector<int> startKeys;
    std::vector<int> slotKeys;
    auto addText = [&](const QString &text, TextField field) {
        const QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
        const std::uint32_t textIndex = m_pinyin.addText(folded);
        for (qsizetype i = 0; i < folded.size(); ++i) {
            post(m_charPostings[folded[i].unicode()], item);
            if (i + 1 < folded.size())
                post(m_pairPostings[pairKey(folded[i], folded[i + 1])], item);
        }
        if (!folded.isEmpty())
            post(m_charStartPostings[folded[0].unicode()], item);
        if (folded.size() > 1)
            post(m_pairStartPostings[pairKey(folded[0], folded[1])], item);
        m_textsByValue.insert(folded, textIndex);
        m_texts.push_back(folded);
        m_textFields.push_back(field);
        m_textItem.push_back(item);

        m_positions.beginText(textIndex, folded, m_pinyin);
        for (std::size_t slot = 0; slot < m_pinyin.slotCount(textIndex); ++slot) {
            slotKeys.clear();
            m_pinyin.forEachKeyAt(textIndex, slot, [&](int key) {
                if (key < shortKeyCount) {
                    keys.push_back(key);
                    if (slot == 0)
                        startKeys.push_back(key);
                } else {
                    slotKeys.push_back(key - shortKeyCount);
                }
            });
            // Polyphones can spell the same key twice from one slot: list each place once.
            std::sort(slotKeys.begin(), slotKeys.end());
            slotKeys.erase(std::unique(slotKeys.begin(), slotKeys.end()), slotKeys.end());
            for (int key : slotKeys)
                m_positions.add(key, slot);
        }
    };
    addText(summary.name, TextField::Name);
    if (summary.shortName != summary.name)
        addText(summary.shortName, TextField::ShortName);
    for (const QString &keyword : summary.keywords)
        addText(keyword, TextField::Keyword);
    m_itemTextBegin.push_back(std::uint32_t(m_texts.size()));
    std::sort(keys.begin(), keys.end());
    for (int key : keys)
        post(m_keyPostings[size_t(key)], item);
    std::sort(startKeys.begin(), startKeys.end());
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

void SearchIndex::matchExactTexts(QStringView query, std::vector<std::uint8_t> &tiers) const
{
    for (auto it = m_textsByValue.constFind(query.toString()); it != m_textsByValue.cend() && it.key() == query; ++it)
        lower(tiers, m_textItem[*it], capped(*it, MatchTier::Exact));
}

void SearchIndex::matchHanzi(QStringView query, std::vector<std::uint8_t> &tiers) const
{
    if (query.size() <= 2) {
        // The postings are the answer; only the tier differs.
        const std::vector<std::uint32_t> *all = nullptr;
        const std::vector<std::uint32_t> *starts = nullptr;
        if (query.size() == 1) {
            all = &m_charPostings[query[0].unicode()];
            starts = &m_charStartPostings[query[0].unicode()];
        } else {
            const auto it = m_pairPostings.constFind(pairKey(query[0], query[1]));
            if (it == m_pairPostings.cend())
                return;
            all = &*it;
            const auto start = m_pairStartPostings.constFind(pairKey(query[0], query[1]));
            starts = start == m_pairStartPostings.cend() ? nullptr : &*start;
        }
        for (std::uint32_t item : *all)
            lower(tiers, item, MatchTier::Substring);
        if (starts)
            for (std::uint32_t item : *starts)
                lower(tiers, item, MatchTier::Prefix);
        matchExactTexts(query, tiers);
        return;
    }
    // Longer: the items holding every pair of the query, then a check of each.
    std::vector<const std::vector<std::uint32_t> *> lists;
    for (qsizetype i = 0; i + 1 < query.size(); ++i) {
        const auto it = m_pairPostings.constFind(pairKey(query[i], query[i + 1]));
        if (it == m_pairPostings.cend())
            return;
        lists.push_back(&*it);
    }
    std::sort(lists.begin(), lists.end(), [](auto *a, auto *b) { return a->size() < b->size(); });
    std::vector<std::uint32_t> candidates = *lists.front();
    for (size_t l = 1; l < lists.size() && !candidates.empty(); ++l) {
        std::vector<std::uint32_t> kept;
        std::set_intersection(candidates.begin(), candidates.end(), lists[l]->begin(), lists[l]->end(),
                              std::back_inserter(kept));
        candidates.swap(kept);
    }
    for (std::uint32_t item : candidates)
        lower(tiers, item, hanziTier(item, query));
}

void SearchIndex::matchPinyin(const std::string &query, std::vector<std::uint8_t> &tiers) const
{
    const int key = Internal::keyOf(query);
    if (key < 0)
        return;
    if (key < shortKeyCount) {
        // One or two letters: the postings are the answer. Only a text that short can be exact.
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
        return;
    }
    // Three letters and more: the places a match starts (see PinyinPositions). A match from a
    // text's first slot is its prefix, and exact when it spells the whole text; a text needs at
    // least a letter per slot, and a keyword ranks at most as a prefix, so most need no check.
    m_positions.match(query, key - shortKeyCount, m_pinyin, [&](std::uint32_t text, std::size_t slot) {
        MatchTier tier = MatchTier::Substring;
        if (slot == 0) {
            tier = m_textFields[text] != TextField::Keyword && m_pinyin.slotCount(text) <= query.size()
                    && m_pinyin.matchesFrom(query, text, 0, true)
                ? MatchTier::Exact
                : MatchTier::Prefix;
        }
        lower(tiers, m_textItem[text], capped(text, tier));
    });
}

void SearchIndex::matchCode(QStringView query, std::vector<std::uint8_t> &tiers) const
{
    // The codes with this prefix are one range of the sorted list: two binary searches find it,
    // so a prefix every code shares (the region's digits) costs no string comparison per item.
    const QString prefix = query.toString();
    const QString past = prefix + QChar(0xffff);
    auto byCode = [](const auto &entry, const QString &value) { return entry.first < value; };
    const auto begin = std::lower_bound(m_codes.cbegin(), m_codes.cend(), prefix, byCode);
    const auto end = std::lower_bound(begin, m_codes.cend(), past, byCode);
    for (auto it = begin; it != end; ++it)
        lower(tiers, it->second, MatchTier::Prefix);
    if (begin != end && begin->first.size() == prefix.size())
        lower(tiers, begin->second, MatchTier::Exact);
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

std::vector<SearchHit> SearchIndex::rank(const std::vector<std::uint8_t> &tiers, const ResolvedFilter &filter,
                                         std::span<const std::uint32_t> usage, int limit, int &total) const
{
    const std::uint32_t count = std::uint32_t(m_items.size());
    const bool filtered = filter.department >= 0 || filter.levelMask || filter.cityWideOnly || filter.instantOnly;
    auto shown = [&](std::uint32_t item) { return !filtered || passes(item, filter); };
    auto used = [&](std::uint32_t item) { return item < usage.size() ? usage[item] : 0u; };
    // Count first: a one-letter query matches most of a big catalog, but only the tiers that
    // fill the first `limit` places need ordering. Unfiltered, None is counted too, so the loop
    // has no branch: one on "matched" mispredicts when half the catalog matches (0.3 ms at 100k).
    std::array<int, size_t(MatchTier::None) + 1> perTier {};
    if (filtered) {
        for (std::uint32_t item = 0; item < count; ++item)
            if (shown(item))
                ++perTier[tiers[item]];
    } else {
        for (std::uint32_t item = 0; item < count; ++item)
            ++perTier[tiers[item]];
    }
    total = 0;
    std::uint8_t cutoff = 0;
    int above = 0; // hits in tiers before the cutoff
    for (std::uint8_t tier = 0; tier < std::uint8_t(MatchTier::None); ++tier) {
        if (total < limit) {
            cutoff = tier;
            above = total;
        }
        total += perTier[tier];
    }
    // Tiers before the cutoff are shown whole: sort them by one 64-bit key each (tier, then
    // more use, then a shorter name, then catalog order). Of the cutoff tier, the items this
    // window used come first, by that key; the rest in the precomputed name-length order.
    auto key = [&](std::uint32_t item) {
        const std::uint64_t uses = std::min<std::uint32_t>(used(item), 0xfff);
        const std::uint64_t length = std::uint64_t(std::min<qsizetype>(m_items[item].name.size(), 0xfff));
        return (std::uint64_t(tiers[item]) << 56) | ((0xfff - uses) << 44) | (length << 32) | item;
    };
    std::vector<std::uint64_t> keys;
    keys.reserve(size_t(std::min(total, limit)));
    // Use is tested before the tier: it is mostly zero, a branch the processor predicts.
    for (std::uint32_t item = 0; item < count; ++item)
        if ((tiers[item] < cutoff || (used(item) > 0 && tiers[item] == cutoff)) && shown(item))
            keys.push_back(key(item));
    std::sort(keys.begin(), keys.end());
    std::vector<SearchHit> hits;
    hits.reserve(size_t(std::min(total, limit)));
    for (std::uint64_t k : keys) {
        if (int(hits.size()) >= limit)
            break;
        hits.push_back({ std::uint32_t(k & 0xffffffffu), MatchTier(k >> 56) });
    }
    for (std::uint32_t item : m_byNameLength) {
        if (int(hits.size()) >= limit || int(hits.size()) >= above + perTier[cutoff])
            break;
        if (tiers[item] == cutoff && used(item) == 0 && shown(item))
            hits.push_back({ item, MatchTier(cutoff) });
    }
    return hits;
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
        // Item codes are long; one or two characters of one would match most of the catalog.
        if (query.size() >= minimumCodePrefix)
            matchCode(query, tiers);
        if (query.size() >= 2)
            matchDepartments(query, letters, tiers);
    } else {
        matchHanzi(query, tiers);
        if (query.size() >= 2)
            matchDepartments(query, std::string(), tiers);
    }

    result.hits = rank(tiers, resolved, usage, limit, result.total);
    return result;
}

} // namespace OneWindow::Catalog
