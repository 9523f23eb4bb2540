#include "draftsaver.h"

#include <QDeadlineTimer>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QWaitCondition>

#include <algorithm>
#include <functional>
#include <utility>

#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

namespace {

Q_LOGGING_CATEGORY(lcDrafts, "onewindow.intake.drafts")

} // namespace

namespace Internal {

/// The writer thread's side of DraftSaver: a FIFO of snapshots (one per case; a newer snapshot of
/// a queued case replaces it), drained by one task at a time, and the outcomes for the GUI thread.
/// Everything here is guarded by one mutex held for list operations only, never during a save.
class DraftQueue
{
public:
    struct Outcome
    {
        QString uuid;
        quint64 edit;
        Result<int> revision;
    };

    DraftQueue(CaseStore store, std::function<void()> notify)
        : m_store(std::move(store))
        , m_notify(std::move(notify))
    {
    }

    /// Queues `snapshot` under a new hand-over number, returned with whether no drain task runs
    /// and the caller must start one.
    std::pair<quint64, bool> enqueue(IntakeCase snapshot, quint64 edit)
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.removeIf([&](const Job &job) { return job.snapshot.uuid == snapshot.uuid; });
        // Appended with the next number, never replaced in place: hand-overs finish in increasing
        // order, so waitFor() compares with the last one finished. (Edit numbers cannot serve: a
        // retry hands the same edit over again, and cases are handed over in any order.)
        m_jobs.append({ std::move(snapshot), edit, ++m_handedOver });
        const bool start = !m_draining;
        m_draining = true;
        return { m_handedOver, start };
    }

    /// Runs in the writer thread until the queue is empty.
    void drain()
    {
        for (;;) {
            Job job;
            {
                QMutexLocker lock(&m_mutex);
                if (m_jobs.isEmpty()) {
                    m_draining = false;
                    return;
                }
                job = m_jobs.takeFirst();
                // The caller's revision counts only until this saver has saved the case once, or
                // when the caller reloaded it since (a newer revision than ours).
                job.snapshot.revision = std::max(job.snapshot.revision, m_revisions.value(job.snapshot.uuid, -1));
            }
            Result<int> revision = m_store.saveDraft(job.snapshot);
            {
                QMutexLocker lock(&m_mutex);
                if (revision)
                    m_revisions.insert(job.snapshot.uuid, revision.value());
                m_outcomes.append({ job.snapshot.uuid, job.edit, std::move(revision) });
                m_finished = job.handOver;
                m_changed.wakeAll();
            }
            m_notify();
        }
    }

    QList<Outcome> takeOutcomes()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_outcomes, {});
    }

    /// Waits until hand-over `handOver` (and so every earlier one) has been saved or has failed.
    bool waitFor(quint64 handOver, QDeadlineTimer deadline)
    {
        QMutexLocker lock(&m_mutex);
        while (m_finished < handOver) {
            if (!m_changed.wait(&m_mutex, deadline))
                return m_finished >= handOver;
        }
        return true;
    }

private:
    struct Job
    {
        IntakeCase snapshot;
        quint64 edit = 0;
        quint64 handOver = 0;
    };

    CaseStore m_store;
    std::function<void()> m_notify;
    QMutex m_mutex;
    QWaitCondition m_changed;
    QList<Job> m_jobs;
    QList<Outcome> m_outcomes;
    QHash<QString, int> m_revisions;
    quint64 m_handedOver = 0; ///< number of the last hand-over
    quint64 m_finished = 0; ///< number of the last hand-over saved or failed
    bool m_draining = false;
};

} // namespace Internal

DraftSaver::DraftSaver(CaseStore store, QObject *parent)
    : QObject(parent)
{
    // Runs in the writer thread: only posts; the outcomes are read in this object's thread.
    // The saver outlives every task (its destructor waits for the pool).
    m_queue = std::make_shared<Internal::DraftQueue>(
        std::move(store), [this] { QMetaObject::invokeMethod(this, &DraftSaver::deliver, Qt::QueuedConnection); });
    m_writer.setMaxThreadCount(1);
    // The thread stays for the saver's lifetime: its database connection is opened once, and
    // closed when the thread ends.
    m_writer.setExpiryTimeout(-1);
    m_writer.setObjectName(u"onewindow-drafts"_s);
    m_quietTimer.setSingleShot(true);
    m_maxTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    setDelays(Delays {});
    for (QTimer *timer : { &m_quietTimer, &m_maxTimer, &m_retryTimer })
        connect(timer, &QTimer::timeout, this, &DraftSaver::saveNow);
}

DraftSaver::~DraftSaver()
{
    saveNow();
    m_writer.waitForDone();
    const QList<Internal::DraftQueue::Outcome> outcomes = m_queue->takeOutcomes();
    for (const auto &outcome : outcomes) {
        if (!outcome.revision)
            qCWarning(lcDrafts) << "draft save failed at shutdown:" << outcome.revision.error().code;
    }
}

void DraftSaver::setDelays(const Delays &delays)
{
    m_delays = delays;
    m_quietTimer.setInterval(delays.quiet);
    m_maxTimer.setInterval(delays.max);
    m_retryTimer.setInterval(delays.retry);
}

quint64 DraftSaver::schedule(const IntakeCase &snapshot)
{
    if (snapshot.uuid.isEmpty()) {
        qCWarning(lcDrafts) << "draft without a case uuid ignored";
        return 0;
    }
    const bool before = hasUnsavedChanges();
    Entry &entry = m_entries[snapshot.uuid];
    entry.snapshot = snapshot;
    entry.edit = ++m_lastEdit;
    entry.handedOver = false;
    m_quietTimer.start();
    if (!m_maxTimer.isActive())
        m_maxTimer.start();
    setUnsaved(before);
    return entry.edit;
}

void DraftSaver::saveNow()
{
    m_quietTimer.stop();
    m_maxTimer.stop();
    m_retryTimer.stop();
    for (Entry &entry : m_entries) {
        if (entry.handedOver)
            continue;
        entry.handedOver = true;
        const auto [handOver, startDrain] = m_queue->enqueue(entry.snapshot, entry.edit);
        m_lastHandOver = handOver;
        if (startDrain)
            m_writer.start([queue = m_queue] { queue->drain(); });
    }
}

void DraftSaver::discard(const QString &uuid)
{
    const bool before = hasUnsavedChanges();
    m_entries.remove(uuid);
    m_discarded.insert(uuid, m_lastEdit);
    setUnsaved(before);
}

Status DraftSaver::flush(std::chrono::milliseconds timeout)
{
    saveNow();
    const bool finished = m_queue->waitFor(m_lastHandOver, QDeadlineTimer(timeout));
    deliver();
    if (!hasUnsavedChanges())
        return Done {};
    if (!finished) {
        qCWarning(lcDrafts) << "flush timed out after" << timeout.count() << "ms";
        return makeError(u"intake.draft_slow"_s,
                         Text::tr("Saving the draft is taking longer than usual; it goes on in the background."));
    }
    return m_lastError;
}

void DraftSaver::deliver()
{
    const bool before = hasUnsavedChanges();
    const QList<Internal::DraftQueue::Outcome> outcomes = m_queue->takeOutcomes();
    for (const auto &outcome : outcomes) {
        if (outcome.edit <= m_discarded.value(outcome.uuid, 0)) {
            if (outcome.revision)
                m_revisions.insert(outcome.uuid, outcome.revision.value());
            continue;
        }
        auto entry = m_entries.find(outcome.uuid);
        const bool latest = entry != m_entries.end() && entry->edit == outcome.edit;
        if (outcome.revision) {
            m_revisions.insert(outcome.uuid, outcome.revision.value());
            if (latest)
                m_entries.erase(entry);
            Q_EMIT saved(outcome.revision.value(), outcome.edit);
            continue;
        }
        const Error &error = outcome.revision.error();
        qCWarning(lcDrafts) << "draft save failed:" << error.code;
        if (error.code == u"intake.stale"_s) {
            // Retrying cannot help: the case must be reopened (its newer revision then comes with
            // the next snapshot). The snapshot stays so nothing typed is lost meanwhile.
            m_lastError = error;
        } else {
            //: %1 is why the database refused the save (already translated, e.g. the disk is full)
            m_lastError = makeError(error.code,
                                    Text::tr("The draft is not saved yet: %1. It is kept, and saving "
                                             "is tried again.")
                                        .arg(error.message));
            if (latest && !m_retryTimer.isActive())
                m_retryTimer.start();
        }
        if (latest)
            entry->handedOver = false;
        Q_EMIT saveFailed(m_lastError.message);
    }
    setUnsaved(before);
}

void DraftSaver::setUnsaved(bool before)
{
    if (before != hasUnsavedChanges())
        Q_EMIT unsavedChangesChanged(hasUnsavedChanges());
}

} // namespace OneWindow::Intake
