#pragma once

#include <QStringView>

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace OneWindow::Catalog::Internal {

/// The letters a pinyin query is made of: a–z and 0–9 (digits and Latin letters inside
/// item names match themselves).
constexpr int keyAlphabet = 36;
/// Index keys cover the first three letters of a query: 36 + 36² + 36³ of them.
constexpr int keyLength = 3;
constexpr int keyCount = keyAlphabet + keyAlphabet * keyAlphabet + keyAlphabet * keyAlphabet * keyAlphabet;

constexpr int letterCode(char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '0' && c <= '9')
        return 26 + (c - '0');
    return -1;
}
/// The key of a query's first min(3, size) letters; -1 if a letter is outside the alphabet.
int keyOf(std::string_view query);

/// Item texts as sequences of reading slots, one slot per hanzi (all its readings) or per
/// Latin letter or digit; punctuation and spaces make no slot, so 《残疾人证》 reads as 残疾人证.
///
/// A query matches a text at a slot when it can be split into consecutive pieces, each a
/// non-empty prefix of one reading of consecutive slots: "juzhuzheng", "jzz" and "juzhzh" all
/// match 居住证. Every reading of a polyphone counts (长: chang and zhang).
class PinyinCorpus
{
public:
    struct Syllable
    {
        std::array<char, 7> letters {};
        std::uint8_t size = 0;
    };

    struct Slot
    {
        std::uint32_t firstReading = 0;
        std::uint16_t readingCount = 0;
        Syllable first; ///< the first reading's letters, kept here: most slots have one reading
        std::uint64_t firstLetters = 0; ///< bit per letterCode: a quick "cannot start here" test
    };

    PinyinCorpus();

    std::uint32_t addText(QStringView text);

    /// Keys a query can start with when it matches from slot `slot` of the text.
    template<typename Sink> void forEachKeyAt(std::uint32_t text, std::size_t slot, Sink &&sink) const
    {
        const std::span<const Slot> all = textSlots(text);
        keysFrom(all.data() + slot, all.data() + all.size(), 0, 0, sink);
    }
    /// From slot `slot`; `whole`: and ending within the text's last slot.
    bool matchesFrom(std::string_view query, std::uint32_t text, std::size_t slot, bool whole) const;
    /// The letters of the first reading of a slot ("zheng"); empty for a slot without readings.
    std::string_view firstReading(std::uint32_t text, std::size_t slot) const
    {
        const Slot &entry = m_slots[m_textBegin[text] + slot];
        return entry.readingCount ? std::string_view(entry.first.letters.data(), entry.first.size) : std::string_view();
    }
    std::size_t slotCount(std::uint32_t text) const { return m_textBegin[text + 1] - m_textBegin[text]; }

    bool matchesAnywhere(std::string_view query, std::uint32_t text) const;
    /// From the first slot to within the last one: the whole text spelled.
    bool matchesWhole(std::string_view query, std::uint32_t text) const;

private:
    std::span<const Slot> textSlots(std::uint32_t text) const;
    bool matchFrom(std::string_view query, const Slot *slot, const Slot *end, bool whole) const;
    template<typename Sink> void keysFrom(const Slot *slot, const Slot *end, int key, int length, Sink &sink) const;

    std::vector<Syllable> m_syllables;
    std::vector<std::uint16_t> m_readings;
    std::vector<Slot> m_slots;
    std::vector<std::uint32_t> m_textBegin { 0 };
    std::uint16_t m_latinBase = 0;
};

template<typename Sink>
void PinyinCorpus::keysFrom(const Slot *slot, const Slot *end, int key, int length, Sink &sink) const
{
    if (slot == end)
        return;
    for (std::uint32_t r = slot->firstReading; r < slot->firstReading + slot->readingCount; ++r) {
        const Syllable &syllable = m_syllables[m_readings[r]];
        int k = key;
        for (int taken = 1; taken <= syllable.size && length + taken <= keyLength; ++taken) {
            // Keys of each length live in their own range: 1-letter keys first, then 2, then 3.
            const int code = letterCode(syllable.letters[size_t(taken - 1)]);
            const int newLength = length + taken;
            k = (taken == 1 ? key : k) * keyAlphabet + code;
            int base = 0;
            for (int l = 1, span = keyAlphabet; l < newLength; ++l, span *= keyAlphabet)
                base += span;
            sink(base + k);
            if (newLength < keyLength)
                keysFrom(slot + 1, end, k, newLength, sink);
        }
    }
}

} // namespace OneWindow::Catalog::Internal
