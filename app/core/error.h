#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace OneWindow {

/// What went wrong, for a person and for code: `code` is stable and machine-readable
/// ("catalog.field_type"), `message` is already translated and names what to fix.
struct Error
{
    QString code;
    QString message;
};

/// A value or the Error that prevented it. Small on purpose: std::expected is C++23.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but success.
struct Done
{
};
using Status = Result<Done>;

Error makeError(const QString &code, const QString &message);

} // namespace OneWindow
