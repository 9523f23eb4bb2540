#pragma once

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <memory>

#include "casestore.h"
#include "core/error.h"
#include "intakecase.h"

namespace OneWindow::Intake {

namespace Internal {
class DraftQueue;
}

/// Saves drafts as the staff types, without making the GUI thread wait for the disk.
/// schedule() keeps the latest snapshot of each case (a cheap implicitly shared copy) and restarts
/// a short debounce; when the staff pauses, or at the latest `max` after the first unsaved edit,
/// the snapshot goes to one writer thread owned by the saver, which serializes it and calls
/// CaseStore::saveDraft with its own connection, one save after another, each with the revision
/// the previous save of that case returned. A save that fails keeps the snapshot for a retry.
///
///   schedule() ──> pending ──(quiet / max delay, saveNow(), flush())──> handed over ──writer──┬──> saved
///      ▲  (the next edit replaces the snapshot)                                               │
///      └──────────── retried on the next edit, flush(), or after `retry` ── saveFailed <───────┘
class DraftSaver : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    /// A snapshot reached the database; `edit` is what schedule() returned for it.
    void saved(int revision, quint64 edit);
    /// A save failed; the snapshot is kept. For a stale revision (another writer changed the
    /// case) the message says to reopen the case; saving is then not retried on its own.
    void saveFailed(const QString &message);
    void unsavedChangesChanged(bool unsaved);

public:
    /// When snapshots are handed to the writer.
    struct Delays
    {
        /// 300 ms: a typing burst (120–200 ms between keys) becomes one save, and a crash loses
        /// at most the last word typed.
        std::chrono::milliseconds quiet { 300 };
        /// 2 s: someone typing a long remark without a pause still gets a save this often.
        std::chrono::milliseconds max { 2000 };
        /// 5 s: a save that failed (disk full, database locked) is retried even if nobody types,
        /// soon enough to catch the disk coming back, seldom enough not to flood the log.
        std::chrono::milliseconds retry { 5000 };
    };
    /// 2 s: flush() comes before accepting a case and at shutdown; one save with
    /// synchronous=FULL takes milliseconds, and a hung disk must not freeze the window for long.
    static constexpr std::chrono::milliseconds kFlushTimeout { 2000 };

    /// `store` is copied for the writer thread, which opens its own connection.
    explicit DraftSaver(CaseStore store, QObject *parent = nullptr);
    /// Hands over what is pending and waits until the writer has written it.
    ~DraftSaver() override;

    void setDelays(const Delays &delays);
    Delays delays() const { return m_delays; }

    /// Keeps `snapshot` (uuid, form, checklist, applicant name and ID; `revision` is the one the
    /// caller loaded, used until this saver knows a newer one) as the case's latest and restarts
    /// the debounce. Costs microseconds: no serialization, no SQL. Returns the edit's number.
    quint64 schedule(const IntakeCase &snapshot);
    /// Hands every pending snapshot to the writer now, without waiting.
    void saveNow();
    /// Hands everything over and waits up to `timeout` until it is saved. Ok when nothing is left
    /// unsaved; otherwise the error of the failed save, or a timeout (the save goes on and is
    /// reported by saved()/saveFailed()).
    Status flush(std::chrono::milliseconds timeout = kFlushTimeout);

    /// Forgets the case's unsaved snapshot, e.g. once a status change wrote the form itself
    /// (TransitionRecord::content) or the staff threw the draft away. A save already handed over
    /// still runs (a status change makes it stale); its outcome is not reported.
    void discard(const QString &uuid);

    bool hasUnsavedChanges() const { return !m_entries.isEmpty(); }
    bool hasUnsavedChanges(const QString &uuid) const { return m_entries.contains(uuid); }
    /// The revision of the case's last save by this saver, or -1.
    int savedRevision(const QString &uuid) const { return m_revisions.value(uuid, -1); }
    /// The error of the last failed save (code "intake.stale" when another writer won).
    Error lastError() const { return m_lastError; }

private:
    struct Entry
    {
        IntakeCase snapshot;
        quint64 edit = 0;
        bool handedOver = false;
    };

    void deliver();
    void setUnsaved(bool before);

    Delays m_delays;
    QHash<QString, Entry> m_entries; ///< the latest unsaved snapshot per case uuid
    QHash<QString, int> m_revisions;
    QHash<QString, quint64> m_discarded; ///< per case, the last edit whose outcome is not reported
    Error m_lastError;
    quint64 m_lastEdit = 0;
    quint64 m_lastHandOver = 0; ///< number of the last hand-over to the writer
    QTimer m_quietTimer;
    QTimer m_maxTimer;
    QTimer m_retryTimer;
    std::shared_ptr<Internal::DraftQueue> m_queue;
    QThreadPool m_writer; ///< one thread: saves run one after another, in order
};

} // namespace OneWindow::Intake
