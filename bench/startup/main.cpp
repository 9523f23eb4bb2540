// onewindow-bench-startup: how soon the client is usable. Runs the client with --startup-probe
// several times (goal: shown and searchable within 600 ms, resident memory at most 120 MB).
// The first run starts from an empty data folder and so includes importing the demo catalog;
// the later ones reuse it, as every start of a window PC after its first does.

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include "benchsupport.h"

using namespace Qt::StringLiterals;
using namespace OneWindow::Bench;

namespace {

constexpr double goalStartupMs = 600;
constexpr double goalRssKiB = 120 * 1024;
// Far beyond any healthy start, short enough that a hung client does not hang the benchmark.
constexpr int runTimeoutMs = 60000;

struct Run
{
    double startupMs = 0; ///< the client's own figure: from main() to searchable
    double rssKiB = 0;
    double wallToLineMs = 0; ///< from QProcess::start() to the probe's line, process start included
    double wallToExitMs = 0;
};

std::optional<Run> runClient(const QString &client, const QString &dataDir)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(client, { u"--startup-probe"_s, u"--demo"_s, u"--data-dir"_s, dataDir });
    Run run;
    while (!process.canReadLine() && timer.elapsed() < runTimeoutMs) {
        if (!process.waitForReadyRead(int(runTimeoutMs - timer.elapsed())))
            break;
    }
    if (!process.canReadLine()) {
        summary() << "no probe line from " << client << ": " << process.errorString() << "\n"
                  << process.readAllStandardError() << Qt::endl;
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    run.wallToLineMs = elapsedMs(timer);
    const QJsonObject probe = QJsonDocument::fromJson(process.readLine()).object();
    run.startupMs = probe[u"startupMs"_s].toDouble();
    run.rssKiB = probe[u"rssKiB"_s].toDouble();
    if (!process.waitForFinished(runTimeoutMs))
        process.kill();
    run.wallToExitMs = elapsedMs(timer);
    return run;
}

QJsonObject toJson(const Run &run)
{
    return QJsonObject { { u"startupMs"_s, run.startupMs },
                         { u"rssKiB"_s, run.rssKiB },
                         { u"wallToLineMs"_s, roundMs(run.wallToLineMs) },
                         { u"wallToExitMs"_s, roundMs(run.wallToExitMs) } };
}

// Median and max of one figure over the runs.
QJsonObject spreadOf(const std::vector<Run> &runs, double Run::*figure)
{
    std::vector<double> values;
    for (const Run &run : runs)
        values.push_back(run.*figure);
    const Distribution spread = distribution(values);
    return QJsonObject { { u"median"_s, roundMs(spread.median) }, { u"max"_s, roundMs(spread.max) } };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"onewindow-bench-startup"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Start-up time and memory of the client, with the demo catalog."_s);
    parser.addHelpOption();
    parser.addOptions(
        { { u"client"_s, u"The onewindow executable."_s, u"PATH"_s },
          { u"runs"_s, u"Starts in all, the first from an empty data folder (default 5)."_s, u"N"_s },
          { u"data-dir"_s, u"Use this data folder instead of an empty one, e.g. with a big catalog."_s, u"DIR"_s } });
    parser.process(app);
    bool ok = true;
    const int runCount = parser.isSet(u"runs"_s) ? parser.value(u"runs"_s).toInt(&ok) : 5;
    const QString client = parser.value(u"client"_s);
    QTemporaryDir freshDir;
    const QString dataDir = parser.isSet(u"data-dir"_s) ? parser.value(u"data-dir"_s) : freshDir.path();
    if (client.isEmpty() || !ok || runCount < 1 || !freshDir.isValid()) {
        summary() << "--client PATH is required; --runs takes a positive number" << Qt::endl;
        return 2;
    }

    std::vector<Run> runs;
    for (int i = 0; i < runCount; ++i) {
        const std::optional<Run> run = runClient(client, dataDir);
        if (!run)
            return 1;
        runs.push_back(*run);
    }
    const std::vector<Run> warm(runs.begin() + 1, runs.end());
    QJsonArray all;
    for (const Run &run : runs)
        all.append(toJson(run));
    QJsonObject warmJson;
    if (!warm.empty())
        warmJson = QJsonObject { { u"runs"_s, qint64(warm.size()) },
                                 { u"startupMs"_s, spreadOf(warm, &Run::startupMs) },
                                 { u"rssKiB"_s, spreadOf(warm, &Run::rssKiB) },
                                 { u"wallToLineMs"_s, spreadOf(warm, &Run::wallToLineMs) } };
    const double warmStartup = warm.empty() ? runs.front().startupMs : warmJson[u"startupMs"_s][u"median"_s].toDouble();
    double maxRss = 0;
    for (const Run &run : runs)
        maxRss = std::max(maxRss, run.rssKiB);
    printJson(QJsonObject {
        { u"benchmark"_s, u"startup"_s },
        { u"client"_s, client },
        { u"dataDir"_s, parser.isSet(u"data-dir"_s) ? dataDir : u"fresh"_s },
        { u"firstRun"_s, toJson(runs.front()) },
        { u"warm"_s, warmJson },
        { u"runs"_s, all },
        { u"goal"_s, QJsonObject { { u"startupMs"_s, goalStartupMs }, { u"rssKiB"_s, goalRssKiB } } },
        { u"met"_s,
          QJsonObject { { u"firstRunStartup"_s, runs.front().startupMs <= goalStartupMs },
                        { u"warmStartup"_s, warmStartup <= goalStartupMs },
                        { u"rss"_s, maxRss <= goalRssKiB } } },
    });

    const auto mib = [](double kib) { return QString::number(kib / 1024, 'f', 1); };
    summary() << (parser.isSet(u"data-dir"_s) ? "first run: " : "first run (imports the demo catalog): ")
              << runs.front().startupMs << " ms, " << mib(runs.front().rssKiB) << " MiB; wall to probe "
              << roundMs(runs.front().wallToLineMs) << " ms" << Qt::endl;
    if (!warm.empty())
        summary() << "warm runs (" << warm.size() << "): startup median " << warmStartup << " ms, max "
                  << warmJson[u"startupMs"_s][u"max"_s].toDouble() << " ms; RSS median "
                  << mib(warmJson[u"rssKiB"_s][u"median"_s].toDouble()) << " MiB, max "
                  << mib(warmJson[u"rssKiB"_s][u"max"_s].toDouble()) << " MiB; wall to probe median "
                  << warmJson[u"wallToLineMs"_s][u"median"_s].toDouble() << " ms" << Qt::endl;
    summary() << "goal: " << goalStartupMs << " ms to searchable, RSS <= " << goalRssKiB / 1024 << " MiB" << Qt::endl;
    return 0;
}
