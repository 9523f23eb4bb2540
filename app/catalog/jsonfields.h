#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

#include <simdjson.h>

#include "core/error.h"

namespace OneWindow::Catalog::Internal {

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
    bool fail(const QString &path, const QString &problem);

    void beginItem(qsizetype index);
    void setItem(const QString &code, const QString &name);
    void endItem();

    bool object(simdjson::dom::element element, const QString &path, simdjson::dom::object &out);
    bool array(simdjson::dom::element element, const QString &path, simdjson::dom::array &out);
    bool member(simdjson::dom::object object, const char *key, const QString &parent, simdjson::dom::element &out);
    /// True when the key is there and not null.
    bool optionalMember(simdjson::dom::object object, const char *key, simdjson::dom::element &out) const;

    bool string(simdjson::dom::object object, const char *key, const QString &parent, QString &out, Presence presence);
    bool integer(simdjson::dom::object object, const char *key, const QString &parent, qint64 &out, qint64 minimum);
    bool boolean(simdjson::dom::object object, const char *key, const QString &parent, bool &out, Presence presence);
    bool stringArray(simdjson::dom::object object, const char *key, const QString &parent, QStringList &out,
                     Presence presence);
    /// An array of objects, each with the given non-empty string members.
    bool objectArray(simdjson::dom::element element, const QString &path, std::initializer_list<const char *> strings);
    bool maxLength(const QString &path, const QString &value, int maximum);

private:
    enum class Lookup { Found, Absent, Failed };
    /// Finds a member; Absent only for an optional one, Failed after recording the error.
    Lookup lookup(simdjson::dom::object object, const char *key, const QString &parent, Presence presence,
                  simdjson::dom::element &out);
    static QString join(const QString &parent, const char *key);
    static QString typeName(simdjson::dom::element element);

    std::optional<Error> m_error;
    bool m_inItem = false;
    qsizetype m_itemIndex = 0;
    QString m_itemCode;
    QString m_itemName;
};

} // namespace OneWindow::Catalog::Internal
