#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

#include "catalog/catalogstore.h"

namespace OneWindow::Storage {
class Database;
}

/// The timed steps of onewindow-bench-import, apart from the imports themselves.
namespace OneWindow::Bench {

/// Opens (creating and migrating) a scratch database; null with a message on stderr if it cannot.
std::shared_ptr<Storage::Database> openDatabase(const QString &path);
/// Bytes of the database file and of its write-ahead log: {file, wal}.
QJsonObject databaseBytes(const QString &path);
/// Reads the file once in small chunks, so that every timing after it finds it in the file
/// cache without having grown this process's heap.
void warmFileCache(const QString &path);

/// What importPackageFile() does in one go, step by step: read the file into memory, parse it,
/// write the parsed package into `store`: {bytes, readMs, parseMs, applyMs}. With `oneThread`
/// it also parses on one thread: how much of the parse the cores share (parseOneThreadMs).
std::optional<QJsonObject> timeParts(const Catalog::CatalogStore &store, const QString &package, bool oneThread);
/// Reading the items back and building a new search index, as the client does after an import:
/// {loadItemsMs, buildMs, ms}.
QJsonObject timeIndex(const Catalog::CatalogStore &store);
/// Copies what the write-ahead log holds into the database file and empties the log, as the
/// next checkpoint after an import must: {walBytes before, ms}.
QJsonObject timeCheckpoint(const Storage::Database &database);

} // namespace OneWindow::Bench
