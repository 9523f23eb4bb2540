#include "searchindex_pinyinpositions.h"

#include <algorithm>

#include "pinyin/pinyin.h"

namespace OneWindow::Catalog::Internal {
namespace {

// A slot code is 10 bits: three fit in a place's window. Codes below unknownCode name a set of
// readings (m_sets); the two markers are past the text's end (nothing matches there) and a
// slot the window cannot describe (no readings, or more polyphones than codes).
constexpr int codeBits = 10;
constexpr std::uint32_t codeMask = (1u << codeBits) - 1;
constexpr std::uint32_t endCode = codeMask;
constexpr std::uint32_t unknownCode = codeMask - 1;
constexpr int windowSlots = 3;
// Set when the text ends with the window's last slot: a match cannot need a fourth. Names
// often end in a common word (许可证核发), so this settles many a longer query near the end.
constexpr std::uint32_t lastSlotBit = 1u << (windowSlots * codeBits);
// Verdicts remembered per query, by window: a key's places share few windows (社会保 in
// thousands of names), and judging one takes longer than looking it up. 4096 entries of 8 bytes.
constexpr int verdictCacheBits = 12;
constexpr std::uint32_t noWindow = ~0u; // never a window: its first slot would be past the end
constexpr std::uint16_t noSlot = 0xfffe; // a character that makes no slot: punctuation, spaces
constexpr std::uint16_t notLookedUp = 0xffff;

} // namespace

PinyinPositions::PinyinPositions()
    : m_places(std::size_t(keyAlphabet * keyAlphabet * keyAlphabet))
{
    const int count = Pinyin::syllableCount();
    // 423 syllables and 36 Latin letters and digits leave about 560 codes for polyphones; a
    // syllable table past unknownCode would leave every slot unknown: slower, still right.
    if (std::uint32_t(count) + keyAlphabet > unknownCode)
        return;
    auto addSingle = [this](const Syllable &syllable) {
        m_sets.push_back({ std::uint16_t(m_readings.size()), 1 });
        m_readings.push_back(syllable);
    };
    for (int id = 0; id < count; ++id) {
        const QLatin1StringView letters = Pinyin::syllable(std::uint16_t(id));
        Syllable syllable;
        syllable.size = std::uint8_t(std::min<qsizetype>(letters.size(), qsizetype(syllable.letters.size())));
        std::copy_n(letters.data(), syllable.size, syllable.letters.begin());
        addSingle(syllable);
    }
    m_latinBase = std::uint32_t(m_sets.size());
    for (int code = 0; code < keyAlphabet; ++code) {
        Syllable syllable;
        syllable.letters[0] = code < 26 ? char('a' + code) : char('0' + code - 26);
        syllable.size = 1;
        addSingle(syllable);
    }
}

std::uint32_t PinyinPositions::codeOf(std::span<const std::uint16_t> readings)
{
    if (readings.empty() || m_sets.empty())
        return unknownCode;
    if (readings.size() == 1)
        return readings[0];
    const std::vector<std::uint16_t> ids(readings.begin(), readings.end());
    const auto known = m_setCodes.find(ids);
    if (known != m_setCodes.end())
        return known->second;
    if (m_sets.size() >= unknownCode)
        return unknownCode;
    const auto code = std::uint32_t(m_sets.size());
    m_sets.push_back({ std::uint16_t(m_readings.size()), std::uint16_t(ids.size()) });
    for (const std::uint16_t id : ids) {
        const Syllable reading = m_readings[m_sets[id].begin]; // a copy: push_back may move the vector
        m_readings.push_back(reading);
    }
    m_setCodes.emplace(ids, code);
    return code;
}

std::uint32_t PinyinPositions::slotCode(char32_t codePoint)
{
    if (codePoint < 0x80) {
        const char c = char(codePoint >= 'A' && codePoint <= 'Z' ? codePoint - 'A' + 'a' : codePoint);
        const int code = letterCode(c);
        return code < 0 ? noSlot : m_sets.empty() ? unknownCode : m_latinBase + std::uint32_t(code);
    }
    // Each character's code is worked out once: the table lookup is a binary search, and a
    // catalog repeats a few thousand characters millions of times.
    if (codePoint < m_codeCache.size() && m_codeCache[codePoint] != notLookedUp)
        return m_codeCache[codePoint];
    const std::span<const std::uint16_t> readings = Pinyin::readings(codePoint);
    // As PinyinCorpus::addText: full-width punctuation makes no slot, an unknown letter does.
    const std::uint32_t code = readings.empty() && !QChar::isLetterOrNumber(codePoint) ? noSlot : codeOf(readings);
    if (codePoint <= 0xffff) {
        if (m_codeCache.empty())
            m_codeCache.assign(0x10000, notLookedUp);
        m_codeCache[codePoint] = std::uint16_t(code);
    }
    return code;
}

void PinyinPositions::beginText(std::uint32_t text, QStringView folded, const PinyinCorpus &corpus)
{
    m_text = text;
    m_codes.clear();
    for (qsizetype i = 0; i < folded.size(); ++i) {
        char32_t codePoint = folded[i].unicode();
        if (folded[i].isHighSurrogate() && i + 1 < folded.size() && folded[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(folded[i], folded[i + 1]);
            ++i;
        }
        const std::uint32_t code = slotCode(codePoint);
        if (code != noSlot)
            m_codes.push_back(code);
    }
    // Should the corpus ever split a text differently, its places are checked in the corpus.
    bool agrees = m_codes.size() == corpus.slotCount(text);
    for (std::size_t slot = 0; agrees && slot < m_codes.size(); ++slot) {
        const std::uint32_t code = m_codes[slot];
        const Syllable *first = code == unknownCode ? nullptr : &m_readings[m_sets[code].begin];
        agrees = (first ? std::string_view(first->letters.data(), first->size) : std::string_view())
            == corpus.firstReading(text, slot);
    }
    if (!agrees)
        m_codes.assign(corpus.slotCount(text), unknownCode);
}

std::uint32_t PinyinPositions::windowAt(std::size_t slot) const
{
    std::uint32_t window = 0;
    for (std::size_t i = 0; i < std::size_t(windowSlots); ++i)
        window |= (slot + i < m_codes.size() ? m_codes[slot + i] : endCode) << (i * codeBits);
    if (slot + std::size_t(windowSlots) >= m_codes.size())
        window |= lastSlotBit;
    return window;
}

void PinyinPositions::finishBuilding()
{
    m_codeCache = {};
    m_setCodes = {};
    m_codes = {};
}

void PinyinPositions::add(int key, std::size_t slot)
{
    if (m_text > maxText || slot > maxSlot) {
        m_dropped = m_dropped || m_text > maxText;
        return;
    }
    m_places[std::size_t(key)].push_back({ (m_text << 8) | std::uint32_t(slot), windowAt(slot) });
}

// Splits the query into pieces, each a non-empty prefix of a reading of the next slot, as
// PinyinCorpus::matchesFrom does. A split that works is a match; if none works and none
// needed a slot past the window or one it cannot describe, there is none.
PinyinPositions::Verdict PinyinPositions::judgeFrom(std::string_view query, std::uint32_t window, int depth) const
{
    if (depth == windowSlots)
        return (window & lastSlotBit) ? Verdict::No : Verdict::Unsure;
    const std::uint32_t code = (window >> (depth * codeBits)) & codeMask;
    if (code == endCode)
        return Verdict::No;
    if (code == unknownCode)
        return Verdict::Unsure;
    Verdict verdict = Verdict::No;
    const ReadingSet set = m_sets[code];
    for (std::uint32_t r = set.begin; r < std::uint32_t(set.begin) + set.count; ++r) {
        const Syllable &reading = m_readings[r];
        std::size_t common = 0;
        while (common < reading.size && common < query.size() && reading.letters[common] == query[common])
            ++common;
        if (common == query.size())
            return Verdict::Yes;
        for (std::size_t taken = common; taken >= 1; --taken) {
            const Verdict rest = judgeFrom(query.substr(taken), window, depth + 1);
            if (rest == Verdict::Yes)
                return Verdict::Yes;
            if (rest == Verdict::Unsure)
                verdict = Verdict::Unsure;
        }
    }
    return verdict;
}

std::span<const PinyinPositions::Place> PinyinPositions::places(std::string_view query, int key,
                                                                const PinyinCorpus &corpus) const
{
    const std::vector<Place> &all = m_places[std::size_t(key)];
    if (query.size() <= std::size_t(keyLength))
        return all; // three letters: the key is the match
    if (query == m_lastQuery)
        return m_matched;
    const bool narrows = !m_lastQuery.empty() && query.size() > m_lastQuery.size() && query.starts_with(m_lastQuery);
    const std::span<const Place> from = narrows ? std::span<const Place>(m_matched) : std::span<const Place>(all);
    m_scratch.clear();
    m_verdicts.assign(std::size_t(1) << verdictCacheBits, { noWindow, Verdict::Unsure });
    for (const Place &place : from) {
        CachedVerdict &cached = m_verdicts[(place.window * 0x9e3779b1u) >> (32 - verdictCacheBits)];
        if (cached.window != place.window)
            cached = { place.window, judge(query, place.window) };
        if (cached.verdict == Verdict::Yes
            || (cached.verdict == Verdict::Unsure && corpus.matchesFrom(query, place.text(), place.slot(), false)))
            m_scratch.push_back(place);
    }
    m_matched.swap(m_scratch);
    m_lastQuery = query;
    return m_matched;
}

} // namespace OneWindow::Catalog::Internal
