#include "schema.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Storage {

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> steps {
        { 1,
          "catalog",
          {
              u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
              // The package's own code tables: labels never live in our code.
              u"CREATE TABLE catalog_dictionary (dictionary TEXT NOT NULL, code TEXT NOT NULL, label TEXT NOT NULL,"
              " position INTEGER NOT NULL, PRIMARY KEY (dictionary, code)) WITHOUT ROWID"_s,
              u"CREATE TABLE catalog_department (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
              " short_name TEXT NOT NULL, position INTEGER NOT NULL) WITHOUT ROWID"_s,
              // The columns search and lists need; the whole guide stays as the package wrote it, in body.
              u"CREATE TABLE catalog_item (code TEXT PRIMARY KEY, version INTEGER NOT NULL, name TEXT NOT NULL,"
              " short_name TEXT NOT NULL, keywords TEXT NOT NULL, department TEXT NOT NULL,"
              " item_type TEXT NOT NULL, levels TEXT NOT NULL, review_type TEXT NOT NULL,"
              " legal_days INTEGER NOT NULL, promised_days INTEGER NOT NULL, flags INTEGER NOT NULL,"
              " body TEXT NOT NULL)"_s,
          } },
        { 2,
          "item usage",
          {
              // This window's own usage ranks search results; kept apart from catalog_item so a
              // full import (which replaces every item) does not forget it.
              u"CREATE TABLE item_usage (code TEXT PRIMARY KEY, uses INTEGER NOT NULL DEFAULT 0,"
              " last_used TEXT NOT NULL) WITHOUT ROWID"_s,
          } },
    };
    return steps;
}

} // namespace OneWindow::Storage
