#include "pinyincorpus.h"

#include "pinyin/pinyin.h"

namespace OneWindow::Catalog::Internal {

int keyOf(std::string_view query)
{
    const int length = int(std::min<size_t>(query.size(), keyLength));
    if (length == 0)
        return -1;
    int key = 0;
    int base = 0;
    for (int i = 0, span = keyAlphabet; i < length; ++i, span *= keyAlphabet) {
        const int code = letterCode(query[size_t(i)]);
        if (code < 0)
            return -1;
        key = key * keyAlphabet + code;
        if (i > 0)
            base += span / keyAlphabet;
    }
    return base + key;
}

PinyinCorpus::PinyinCorpus()
{
    const int count = Pinyin::syllableCount();
    m_syllables.reserve(size_t(count) + keyAlphabet);
    for (int id = 0; id < count; ++id) {
        const QLatin1StringView letters = Pinyin::syllable(std::uint16_t(id));
        Syllable syllable;
        syllable.size = std::uint8_t(std::min<qsizetype>(letters.size(), qsizetype(syllable.letters.size())));
        std::copy_n(letters.data(), syllable.size, syllable.letters.begin());
        m_syllables.push_back(syllable);
    }
    // Latin letters and digits read as themselves, so "B超" or "3岁" are found too.
    m_latinBase = std::uint16_t(m_syllables.size());
    for (int code = 0; code < keyAlphabet; ++code) {
        Syllable syllable;
        syllable.letters[0] = code < 26 ? char('a' + code) : char('0' + code - 26);
        syllable.size = 1;
        m_syllables.push_back(syllable);
    }
}

std::uint32_t PinyinCorpus::addText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        Slot slot;
        slot.firstReading = std::uint32_t(m_readings.size());
        if (codePoint < 0x80) {
            char c = char(codePoint);
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            const int code = letterCode(c);
            if (code < 0)
                continue; // punctuation and spaces make no slot
            m_readings.push_back(std::uint16_t(m_latinBase + code));
        } else {
            const std::span<const std::uint16_t> readings = Pinyin::readings(codePoint);
            if (readings.empty() && !QChar::isLetterOrNumber(codePoint))
                continue; // full-width punctuation: （）《》、
            m_readings.insert(m_readings.end(), readings.begin(), readings.end());
        }
        slot.readingCount = std::uint16_t(m_readings.size() - slot.firstReading);
        if (slot.readingCount > 0)
            slot.first = m_syllables[m_readings[slot.firstReading]];
        for (std::uint32_t r = slot.firstReading; r < m_readings.size(); ++r) {
            const Syllable &syllable = m_syllables[m_readings[r]];
            if (syllable.size > 0)
                slot.firstLetters |= std::uint64_t(1) << letterCode(syllable.letters[0]);
        }
        m_slots.push_back(slot);
    }
    m_textBegin.push_back(std::uint32_t(m_slots.size()));
    return std::uint32_t(m_textBegin.size() - 2);
}

std::span<const PinyinCorpus::Slot> PinyinCorpus::textSlots(std::uint32_t text) const
{
    return { m_slots.data() + m_textBegin[text], m_slots.data() + m_textBegin[text + 1] };
}

bool PinyinCorpus::matchFrom(std::string_view query, const Slot *slot, const Slot *end, bool whole) const
{
    if (slot == end)
        return false;
    for (std::uint32_t r = slot->firstReading; r < slot->firstReading + slot->readingCount; ++r) {
        const Syllable &syllable = r == slot->firstReading ? slot->first : m_syllables[m_readings[r]];
        size_t common = 0;
        while (common < syllable.size && common < query.size() && syllable.letters[common] == query[common])
            ++common;
        if (common == 0)
            continue;
        if (common == query.size() && (!whole || slot + 1 == end))
            return true;
        // Try the longest piece first: a fully typed syllable is the likeliest reading.
        for (size_t taken = std::min(common, query.size() - 1); taken >= 1; --taken) {
            const Slot *next = slot + 1;
            if (next == end)
                break;
            if (!(next->firstLetters & (std::uint64_t(1) << letterCode(query[taken]))))
                continue;
            if (matchFrom(query.substr(taken), next, end, whole))
                return true;
        }
    }
    return false;
}

bool PinyinCorpus::matchesAnywhere(std::string_view query, std::uint32_t text) const
{
    if (query.empty())
        return true;
    const int first = letterCode(query[0]);
    if (first < 0)
        return false;
    const std::uint64_t bit = std::uint64_t(1) << first;
    const std::span<const Slot> all = textSlots(text);
    const Slot *end = all.data() + all.size();
    for (const Slot *slot = all.data(); slot != end; ++slot)
        if ((slot->firstLetters & bit) && matchFrom(query, slot, end, false))
            return true;
    return false;
}

bool PinyinCorpus::matchesFrom(std::string_view query, std::uint32_t text, std::size_t slot, bool whole) const
{
    const std::uint32_t begin = m_textBegin[text] + std::uint32_t(slot);
    const std::uint32_t end = m_textBegin[text + 1];
    if (query.empty() || begin >= end)
        return false;
    // Most places are settled by the slot's first reading alone: the query is a prefix of it
    // (a syllable still being typed), or it shares no letter with it.
    const Slot &first = m_slots[begin];
    if (first.readingCount == 1 && !whole) {
        const std::size_t size = std::min<std::size_t>(first.first.size, query.size());
        if (std::equal(query.begin(), query.begin() + std::ptrdiff_t(size), first.first.letters.begin())
            && size == query.size())
            return true;
        if (first.first.letters[0] != query[0])
            return false;
    }
    return matchFrom(query, m_slots.data() + begin, m_slots.data() + end, whole);
}

bool PinyinCorpus::matchesWhole(std::string_view query, std::uint32_t text) const
{
    const std::span<const Slot> all = textSlots(text);
    return !query.empty() && matchFrom(query, all.data(), all.data() + all.size(), true);
}

} // namespace OneWindow::Catalog::Internal
