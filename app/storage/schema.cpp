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
        { 3,
          "cases",
          {
              // One row per case, from the first keystroke (a draft) to the archive. The columns are
              // what lists and searches need; the form and the checklist are JSON, as the guide's
              // schema shapes them. The applicant's ID number is kept whole for search and masked on
              // every screen and paper that shows it.
              u"CREATE TABLE intake_case (uuid TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE,"
              " public_code TEXT NOT NULL, item_code TEXT NOT NULL, guide_version INTEGER NOT NULL,"
              " item_name TEXT NOT NULL, status TEXT NOT NULL, applicant_name TEXT NOT NULL DEFAULT '',"
              " applicant_id TEXT NOT NULL DEFAULT '', hall TEXT NOT NULL, window TEXT NOT NULL,"
              " created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
              " accepted_at TEXT, due_date TEXT, form TEXT NOT NULL, checklist TEXT NOT NULL,"
              " revision INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"_s,
              u"CREATE INDEX intake_case_created ON intake_case (created_at)"_s,
              u"CREATE INDEX intake_case_applicant_name ON intake_case (applicant_name)"_s,
              u"CREATE INDEX intake_case_applicant_id ON intake_case (applicant_id)"_s,
              // The guide exactly as it was when the case was taken: a later catalog update never
              // rewrites a case (its materials, limits and form stay those it was accepted under).
              u"CREATE TABLE intake_guide (code TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL,"
              " PRIMARY KEY (code, version)) WITHOUT ROWID"_s,
              // Every status change, with who, when and where; never updated, never deleted.
              u"CREATE TABLE intake_event (case_uuid TEXT NOT NULL REFERENCES intake_case (uuid),"
              " seq INTEGER NOT NULL, from_status TEXT NOT NULL, to_status TEXT NOT NULL, at TEXT NOT NULL,"
              " staff TEXT NOT NULL, hall TEXT NOT NULL, window TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
              " data TEXT NOT NULL DEFAULT '{}', PRIMARY KEY (case_uuid, seq)) WITHOUT ROWID"_s,
              // Periods that stop the clock by law (行政许可法 art. 45); `until` is NULL while one runs.
              u"CREATE TABLE intake_clock_stop (case_uuid TEXT NOT NULL REFERENCES intake_case (uuid),"
              " seq INTEGER NOT NULL, kind TEXT NOT NULL, since TEXT NOT NULL, until TEXT,"
              " note TEXT NOT NULL DEFAULT '', PRIMARY KEY (case_uuid, seq)) WITHOUT ROWID"_s,
              // Every document printed for a case, its PDF in the blob store.
              u"CREATE TABLE intake_document (case_uuid TEXT NOT NULL REFERENCES intake_case (uuid),"
              " seq INTEGER NOT NULL, kind TEXT NOT NULL, number TEXT NOT NULL, issued_at TEXT NOT NULL,"
              " layout TEXT NOT NULL, pdf_sha256 TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}',"
              " PRIMARY KEY (case_uuid, seq)) WITHOUT ROWID"_s,
              // Per-window counters (case numbers per day, document numbers per year), advanced in
              // the same transaction that uses the number, so no two cases share one.
              u"CREATE TABLE intake_sequence (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID"_s,
              // The transactional outbox: written in the same transaction as the change it announces;
              // the sync engine sends and retires rows (only a 2xx retires one).
              u"CREATE TABLE sync_outbox (id TEXT PRIMARY KEY, case_uuid TEXT NOT NULL, kind TEXT NOT NULL,"
              " created_at TEXT NOT NULL, body TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
              " sent_at TEXT) WITHOUT ROWID"_s,
          } },
    };
    return steps;
}

} // namespace OneWindow::Storage
