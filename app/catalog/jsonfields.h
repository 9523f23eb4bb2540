#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <simdjson.h>

#include "core/error.h"

namespace OneWindow::Catalog::Internal {

/// A field's place in the package ("materials[3].forms[1]"), put into words only when an
/// error is reported: building that text for every field of 100k guides took a third of the
/// import. A Path refers to its parent, so it lives no longer than the parent does.
class Path
{
public:
    Path() = default;
    Path(const QString &text)
        : m_text(text)
    {
    }
    Path(const Path &parent, const char *key)
        : m_parent(&parent)
        , m_key(key)
    {
    }
    Path(const Path &parent, qsizetype index)
        : m_parent(&parent)
        , m_index(index)
    {
    }
    QString toString() const;

private:
    const Path *m_parent = nullptr;
    QString m_text;
    const char *m_key = nullptr;
    qsizetype m_index = -1;
};

/// Typed access to a package's JSON that remembers the first problem with its place: which
/// item (number, code, name) and which field path. Each accessor returns false once anything
/// failed, so readers chain them with || and stop at the first error.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(OneWindow::Catalog)

public:
    enum Presence { Required, NonEmpty, Optional };

    bool ok() const { return !m_error; }
    Error error() const;
    bool fail(const Path &path, const QString &problem);
    bool fail(const QString &path, const QString &problem) { return fail(Path(path), problem); }

    void beginItem(qsizetype index);
    void setItem(const QString &code, const QString &name);
    void endItem();

    bool object(simdjson::dom::element element, const Path &path, simdjson::dom::object &out);
    bool array(simdjson::dom::element element, const Path &path, simdjson::dom::array &out);
    bool member(simdjson::dom::object object, const char *key, const Path &parent, simdjson::dom::element &out);
    /// True when the key is there and not null.
    bool optionalMember(simdjson::dom::object object, const char *key, simdjson::dom::element &out) const;

    /// The string's UTF-8 bytes, valid while the parsed document lives; checked, not converted.
    bool view(simdjson::dom::object object, const char *key, const Path &parent, std::string_view &out,
              Presence presence);
    /// A string that is only checked (descriptions, notes): no conversion at all.
    bool text(simdjson::dom::object object, const char *key, const Path &parent, Presence presence);
    bool string(simdjson::dom::object object, const char *key, const Path &parent, QString &out, Presence presence);
    /// A code from a small vocabulary ("copy", "required", a department): converted once per
    /// distinct value and shared, since the same few codes repeat a million times in a big package.
    bool code(simdjson::dom::object object, const char *key, const Path &parent, QString &out);
    bool integer(simdjson::dom::object object, const char *key, const Path &parent, qint64 &out, qint64 minimum);
    bool boolean(simdjson::dom::object object, const char *key, const Path &parent, bool &out, Presence presence);
    bool stringArray(simdjson::dom::object object, const char *key, const Path &parent, QStringList &out,
                     Presence presence);
    bool codeArray(simdjson::dom::object object, const char *key, const Path &parent, QStringList &out);
    bool textArray(simdjson::dom::object object, const char *key, const Path &parent, Presence presence);
    /// An array of objects, each with the given non-empty string members.
    bool objectArray(simdjson::dom::element element, const Path &path, std::initializer_list<const char *> strings);
    bool maxLength(const Path &path, const QString &value, int maximum);
    bool maxLength(const Path &path, std::string_view utf8, int maximum);

private:
    enum class Lookup { Found, Absent, Failed };
    /// Finds a member; Absent only for an optional one, Failed after recording the error.
    Lookup lookup(simdjson::dom::object object, const char *key, const Path &parent, Presence presence,
                  simdjson::dom::element &out);
    static QString typeName(simdjson::dom::element element);

    enum class ArrayKind { Strings, Codes, Texts };
    bool anyArray(simdjson::dom::object object, const char *key, const Path &parent, QStringList *out,
                  Presence presence, ArrayKind kind);
    QString intern(std::string_view utf8);

    struct ViewHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view view) const { return std::hash<std::string_view> {}(view); }
    };
    std::unordered_map<std::string, QString, ViewHash, std::equal_to<>> m_interned;
    std::optional<Error> m_error;
    bool m_inItem = false;
    qsizetype m_itemIndex = 0;
    QString m_itemCode;
    QString m_itemName;
};

} // namespace OneWindow::Catalog::Internal
