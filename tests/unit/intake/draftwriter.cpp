// The child program of testdraftcrash: "types" into a draft through DraftSaver until it is killed.
//
//   draftwriter DATABASE UUID|new [QUIET_MS MAX_MS KEY_MS]
//
// Every KEY_MS it appends the next character of typedText() to the form's "remark" field and
// schedules an autosave; after every 25 keys it pauses a little longer than QUIET_MS, so both the
// debounce and the maximum delay hand snapshots over. Each save the saver reports is printed as
// "saved REVISION LENGTH" (LENGTH: characters of the remark in that snapshot), flushed at once,
// so the killing test knows what was acknowledged. With "new" it first creates a draft and prints
// "case UUID".
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTimer>

#include <cstdio>

#include "core/clock.h"
#include "intake/casestore.h"
#include "intake/draftsaver.h"
#include "storage/database.h"
#include "typedtext.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Intake;

namespace {

constexpr int kBurst = 25; // keys between two pauses

void printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    const QByteArray bytes = message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 && args.size() != 6)
        return fail(u"usage: draftwriter DATABASE UUID|new [QUIET_MS MAX_MS KEY_MS]"_s);
    auto opened = Storage::Database::open(args.at(1));
    if (!opened)
        return fail(opened.error().message);
    CaseStore store(opened.value(), Clock::system());

    QString uuid = args.at(2);
    if (uuid == u"new"_s) {
        const Workstation station { u"SF01"_s, u"测试大厅"_s, 3, u"staff-1"_s, u"测试"_s };
        auto created = store.createDraft(u"TEST-001"_s, 1, u"测试事项"_s, "{}"_ba, station);
        if (!created)
            return fail(created.error().message);
        uuid = created->uuid;
        printLine(u"case "_s + uuid);
    }
    auto loaded = store.load(uuid);
    if (!loaded)
        return fail(loaded.error().message);
    IntakeCase draft = std::move(loaded).value();
    draft.applicantName = u"张三"_s;
    draft.form.insert(u"applicantName"_s, draft.applicantName);

    DraftSaver saver(store);
    int keyMs = 3;
    if (args.size() == 6) {
        DraftSaver::Delays delays;
        delays.quiet = std::chrono::milliseconds(args.at(3).toInt());
        delays.max = std::chrono::milliseconds(args.at(4).toInt());
        saver.setDelays(delays);
        keyMs = args.at(5).toInt();
    }

    QHash<quint64, qsizetype> lengths; // edit number -> remark length, until its save is reported
    QObject::connect(&saver, &DraftSaver::saved, &app, [&](int revision, quint64 edit) {
        printLine(u"saved %1 %2"_s.arg(revision).arg(lengths.value(edit, -1)));
        lengths.removeIf([edit](QHash<quint64, qsizetype>::iterator entry) { return entry.key() <= edit; });
    });
    QObject::connect(&saver, &DraftSaver::saveFailed, &app,
                     [](const QString &message) { fail(u"save failed: "_s + message); });

    qsizetype typed = 0;
    QTimer keys;
    keys.setSingleShot(true);
    QObject::connect(&keys, &QTimer::timeout, &app, [&] {
        ++typed;
        draft.form.insert(u"remark"_s, Test::typedText(typed));
        lengths.insert(saver.schedule(draft), typed);
        const bool pause = typed % kBurst == 0;
        keys.start(pause ? int(saver.delays().quiet.count()) + 10 : keyMs);
    });
    keys.start(keyMs);
    return app.exec();
}
