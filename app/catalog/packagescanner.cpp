#include "packagescanner.h"

#include <cstring>

namespace OneWindow::Catalog::Internal {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

class Scanner
{
public:
    explicit Scanner(std::string_view text)
        : m_text(text)
    {
    }

    std::size_t position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && isSpace(m_text[m_pos]))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    /// A string starting at the current '"'; its raw content (escapes left as written).
    std::optional<std::string_view> string()
    {
        skipSpace();
        if (peek() != '"')
            return std::nullopt;
        const std::size_t begin = ++m_pos;
        // Jump from quote to quote (memchr is many bytes a cycle); a quote is the end unless an
        // odd number of backslashes stands before it.
        while (m_pos < m_text.size()) {
            const void *found = std::memchr(m_text.data() + m_pos, '"', m_text.size() - m_pos);
            if (!found)
                return std::nullopt;
            const std::size_t quote = std::size_t(static_cast<const char *>(found) - m_text.data());
            std::size_t backslashes = 0;
            while (quote - backslashes > begin && m_text[quote - backslashes - 1] == '\\')
                ++backslashes;
            m_pos = quote + 1;
            if (backslashes % 2 == 0)
                return m_text.substr(begin, quote - begin);
        }
        return std::nullopt;
    }

    /// Skips any value; its text, or nothing when the text ends first.
    std::optional<std::string_view> value()
    {
        skipSpace();
        const std::size_t begin = m_pos;
        const char first = peek();
        if (first == '"') {
            if (!string())
                return std::nullopt;
        } else if (first == '{' || first == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = m_text[m_pos];
                if (c == '"') {
                    if (!string())
                        return std::nullopt;
                    continue;
                }
                ++m_pos;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return m_text.substr(begin, m_pos - begin);
            }
            return std::nullopt;
        } else {
            while (!atEnd() && !isSpace(peek()) && peek() != ',' && peek() != '}' && peek() != ']')
                ++m_pos;
            if (m_pos == begin)
                return std::nullopt;
        }
        return m_text.substr(begin, m_pos - begin);
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool readItems(Scanner &scanner, PackageLayout &layout)
{
    scanner.skipSpace();
    layout.itemsBegin = scanner.position();
    if (!scanner.take('['))
        return false;
    if (scanner.take(']')) {
        layout.itemsEnd = scanner.position();
        return true;
    }
    for (;;) {
        const std::optional<std::string_view> item = scanner.value();
        if (!item)
            return false;
        layout.items.push_back(*item);
        if (scanner.take(']')) {
            layout.itemsEnd = scanner.position();
            return true;
        }
        if (!scanner.take(','))
            return false;
    }
}

} // namespace

std::optional<PackageLayout> scanPackage(std::string_view json)
{
    Scanner scanner(json);
    PackageLayout layout;
    bool sawItems = false;
    if (!scanner.take('{'))
        return std::nullopt;
    if (scanner.take('}'))
        return std::nullopt;
    for (;;) {
        const std::optional<std::string_view> key = scanner.string();
        if (!key || !scanner.take(':'))
            return std::nullopt;
        if (*key == "items") {
            if (sawItems || !readItems(scanner, layout))
                return std::nullopt;
            sawItems = true;
        } else if (!scanner.value()) {
            return std::nullopt;
        }
        if (scanner.take('}'))
            break;
        if (!scanner.take(','))
            return std::nullopt;
    }
    scanner.skipSpace();
    if (!sawItems || !scanner.atEnd())
        return std::nullopt;
    return layout;
}

} // namespace OneWindow::Catalog::Internal
