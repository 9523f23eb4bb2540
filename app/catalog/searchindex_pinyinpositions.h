#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <QStringView>

#include "pinyincorpus.h"

namespace OneWindow::Catalog::Internal {

/// Where each three-letter pinyin key can start a match (a text and a slot in it): how
/// SearchIndex answers pinyin queries of three letters and more. Each place carries, in the
/// same 8 bytes, the readings of its slot and of the two after it (a "window"), so most longer
/// queries are accepted or refused from the place alone. Reading the text's slots in the
/// corpus instead costs a cache miss per place (50–100 ns, and "she" has ~100k places at 100k
/// items); only matches that reach past the window still do (initials of four letters and more).
/// Remembers the places the last query matched: typing only adds letters, and a place that
/// matches the longer query matched the shorter one, so the next keystroke starts from those.
class PinyinPositions
{
public:
    PinyinPositions();

    /// Starts the places of a text just added to `corpus` as `text`; `folded` is what was added.
    void beginText(std::uint32_t text, QStringView folded, const PinyinCorpus &corpus);
    /// A match from slot `slot` of that text can start with the three-letter key `key`
    /// (counted from the first three-letter key). Each (key, slot) once, texts in ascending order.
    void add(int key, std::size_t slot);
    /// Frees what only adding texts needs (about 150 KiB).
    void finishBuilding();
    /// Texts past maxText have no places (a catalog far larger than memory allows; logged by the caller).
    bool dropped() const { return m_dropped; }

    /// Calls sink(text, slot) once for each place where `query` matches; `key` is the index of
    /// its first three letters among three-letter keys. Safe to call from several threads.
    template<typename Sink> void match(std::string_view query, int key, const PinyinCorpus &corpus, Sink &&sink) const
    {
        const std::lock_guard lock(m_narrowingMutex);
        for (const Place &place : places(query, key, corpus))
            sink(place.text(), place.slot());
    }

    /// Whether `query` can match from the first slot of `window`, told from the window alone:
    /// Unsure when it depends on slots past the window or on a slot the window cannot describe.
    enum class Verdict : std::uint8_t { No, Yes, Unsure };
    Verdict judge(std::string_view query, std::uint32_t window) const { return judgeFrom(query, window, 0); }
    /// The window of slot `slot` of the text begun last.
    std::uint32_t windowAt(std::size_t slot) const;

    /// Text numbers take 24 bits of a place, the slot the other 8.
    static constexpr std::uint32_t maxText = (1u << 24) - 1;
    /// Places past this slot are not indexed: no item name is that long.
    static constexpr std::size_t maxSlot = 255;

private:
    struct Place
    {
        std::uint32_t textSlot; ///< text << 8 | slot
        std::uint32_t window; ///< codes of three slots from this one on, 10 bits each, this one lowest;
                              ///< then a bit set when the text ends with the third

        std::uint32_t text() const { return textSlot >> 8; }
        std::size_t slot() const { return textSlot & 0xffu; }
    };
    struct Syllable
    {
        std::array<char, 7> letters {};
        std::uint8_t size = 0;
    };
    /// The readings of a slot code: m_readings[begin, begin + count), the first reading first.
    struct ReadingSet
    {
        std::uint16_t begin = 0;
        std::uint16_t count = 0;
    };

    std::span<const Place> places(std::string_view query, int key, const PinyinCorpus &corpus) const;
    Verdict judgeFrom(std::string_view query, std::uint32_t window, int depth) const;
    std::uint32_t codeOf(std::span<const std::uint16_t> readings);
    std::uint32_t slotCode(char32_t codePoint);

    /// Slot codes: one per pinyin syllable, then Latin letters and digits, then polyphones'
    /// reading sets in the order the catalog first uses them, while codes last.
    std::vector<ReadingSet> m_sets;
    std::vector<Syllable> m_readings;
    std::uint32_t m_latinBase = 0;
    std::map<std::vector<std::uint16_t>, std::uint32_t> m_setCodes; ///< a polyphone's reading ids -> its code
    std::vector<std::uint16_t> m_codeCache; ///< by BMP code point, while adding texts
    std::vector<std::vector<Place>> m_places; ///< per three-letter key, by ascending text
    std::uint32_t m_text = 0; ///< the text being added
    std::vector<std::uint32_t> m_codes; ///< its slot codes
    bool m_dropped = false;

    mutable std::mutex m_narrowingMutex;
    mutable std::string m_lastQuery; ///< empty, or the last query of more than three letters
    mutable std::vector<Place> m_matched; ///< the places it matched
    mutable std::vector<Place> m_scratch; ///< the next m_matched, kept to reuse its memory
    struct CachedVerdict
    {
        std::uint32_t window;
        Verdict verdict;
    };
    mutable std::vector<CachedVerdict> m_verdicts; ///< this query's verdicts by window, a hash table
};

} // namespace OneWindow::Catalog::Internal
