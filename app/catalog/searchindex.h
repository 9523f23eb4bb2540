#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalogstore.h"
#include "package.h"
#include "pinyincorpus.h"
#include "search.h"
#include "searchindex_pinyinpositions.h"

namespace OneWindow::Catalog {

/// The in-memory search over the cached guides, answering each keystroke in about a
/// millisecond at 100k items (bench/searchlatency). SQLite FTS5 was not used: its trigram
/// tokenizer finds nothing under three characters, and most Chinese words are two.
///
/// Three kinds of query, by what they contain:
/// - hanzi: a substring of name, short name or a keyword (character and character-pair postings);
/// - letters and digits: pinyin, full or initials or mixed, every reading of a polyphone
///   (postings keyed by the query's first three letters), and an item-code prefix;
/// - either also matches department names, ranked below the item's own fields.
/// A keyword match ranks at most with a name's prefix (see capped()).
/// Immutable once built: a new catalog builds a new index in a worker thread.
class SearchIndex
{
public:
    SearchIndex(std::vector<ItemSummary> items, QList<Department> departments);

    const std::vector<ItemSummary> &items() const { return m_items; }
    const QList<Department> &departments() const { return m_departments; }
    /// -1 when the code is not in the catalog.
    int indexOf(const QString &code) const;
    QString departmentName(int item) const;

    /// `usage[i]` is how often this window used item i (may be shorter than items()).
    SearchResult search(QStringView query, const SearchFilter &filter, std::span<const std::uint32_t> usage,
                        int limit) const;

private:
    enum class TextField : std::uint8_t { Name, ShortName, Keyword };
    struct TextRef
    {
        std::uint32_t item;
        TextField field;
    };

    struct ResolvedFilter
    {
        int department = -1;
        std::uint32_t levelMask = 0;
        bool cityWideOnly = false;
        bool instantOnly = false;
        bool impossible = false;
    };

    void addItemTexts(std::uint32_t item);
    void matchHanzi(QStringView query, std::vector<std::uint8_t> &tiers) const;
    void matchPinyin(const std::string &query, std::vector<std::uint8_t> &tiers) const;
    void matchCode(QStringView query, std::vector<std::uint8_t> &tiers) const;
    void matchDepartments(QStringView query, const std::string &letters, std::vector<std::uint8_t> &tiers) const;
    MatchTier capped(std::uint32_t text, MatchTier tier) const;
    MatchTier hanziTier(std::uint32_t item, QStringView query) const;
    void matchExactTexts(QStringView query, std::vector<std::uint8_t> &tiers) const;
    std::vector<SearchHit> rank(const std::vector<std::uint8_t> &tiers, const ResolvedFilter &filter,
                                std::span<const std::uint32_t> usage, int limit, int &total) const;
    ResolvedFilter resolve(const SearchFilter &filter) const;
    bool passes(std::uint32_t item, const ResolvedFilter &filter) const;

    std::vector<ItemSummary> m_items;
    QList<Department> m_departments;
    QHash<QString, std::uint32_t> m_byCode;
    std::vector<int> m_itemDepartment;
    QStringList m_levelCodes;
    std::vector<std::uint32_t> m_itemLevels; ///< bit i = m_levelCodes[i]
    std::vector<std::vector<std::uint32_t>> m_departmentItems;

    // Lower-cased texts for hanzi matching, per item: [name, shortName, keywords...].
    std::vector<QString> m_texts;
    std::vector<TextField> m_textFields;
    std::vector<std::uint32_t> m_itemTextBegin { 0 };
    std::vector<std::uint32_t> m_textItem; ///< text -> item
    QMultiHash<QString, std::uint32_t> m_textsByValue; ///< whole text -> texts: exact matches at once
    // Up to two characters the postings are the answer (no check of each item): every listed
    // item matches, and the "start" lists hold those where a text begins with the query.
    std::vector<std::vector<std::uint32_t>> m_charPostings; ///< per UTF-16 unit
    std::vector<std::vector<std::uint32_t>> m_charStartPostings;
    QHash<std::uint32_t, std::vector<std::uint32_t>> m_pairPostings; ///< per pair of units
    QHash<std::uint32_t, std::vector<std::uint32_t>> m_pairStartPostings;

    Internal::PinyinCorpus m_pinyin; ///< one pinyin text per entry of m_texts, same numbering
    std::vector<std::vector<std::uint32_t>> m_keyPostings; ///< 1–2 letter key -> items matching it
    std::vector<std::vector<std::uint32_t>> m_startKeyPostings; ///< the same, matched from a text's first slot
    Internal::PinyinPositions m_positions; ///< 3-letter key -> where a match can start
    Internal::PinyinCorpus m_departmentPinyin; ///< 2 texts per department: name, short name

    std::vector<std::pair<QString, std::uint32_t>> m_codes; ///< lower-cased, sorted
    /// Items by shorter name, then catalog order: the ranking of unused items within a tier,
    /// so a tier of 100k matches needs no sorting to show its first few hundred.
    std::vector<std::uint32_t> m_byNameLength;
};

} // namespace OneWindow::Catalog
