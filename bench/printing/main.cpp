// onewindow-bench-printing: how long a window waits for a notice. Renders an acceptance notice
// with ten materials to a PDF in memory, as the intake screen does when a case is accepted:
// layout, QR code and barcode, QPdfWriter with font subsetting, the text-layer repair.
// The first render (fonts found and loaded) is reported apart from the steady state.

#include <cstdlib>
#include <ctime>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTimeZone>

#include "benchsupport.h"
#include "printing/hallprofile.h"
#include "printing/noticerenderer.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Bench;
using namespace OneWindow::Printing;

namespace {

constexpr double targetMs = 30.0; // from the issue: per notice, A4, about ten materials

NoticeData acceptanceNotice(int materials)
{
    static const QStringList names {
        u"居民身份证"_s, u"户口簿"_s,           u"营业执照申请书"_s,   u"房屋租赁合同"_s, u"法定代表人任职文件"_s,
        u"公司章程"_s,   u"食品安全管理制度"_s, u"从业人员健康证明"_s, u"委托书"_s,       u"设备布局和工艺流程图"_s
    };
    NoticeData data;
    data.kind = DocumentKind::AcceptanceNotice;
    data.documentNumber = u"示范受字〔2026〕第0001号"_s;
    data.caseNumber = u"SF01-W03-20261125-0001"_s;
    data.publicCode = u"7KQ4M2"_s;
    data.issuedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30), QTimeZone(8 * 3600));
    data.itemName = u"食品经营许可（新办）"_s;
    data.itemCode = u"11110000000013338W3000117001"_s;
    data.departmentName = u"示范区市场监督管理局"_s;
    data.applicantName = u"张晓明"_s;
    data.applicantIdMasked = u"110105********002X"_s;
    data.applicantPhoneMasked = u"138****5678"_s;
    for (int i = 0; i < materials; ++i)
        data.materials.append(
            { names[i % names.size()], i % 2 ? u"复印件 1 份"_s : u"原件已核验"_s, 1, 1 + i % 3, {}, {} });
    data.promisedDays = 10;
    data.dueDate = QDate(2026, 12, 9);
    data.deliveryMethod = u"窗口领取"_s;
    data.windowName = u"3号窗口"_s;
    data.staffName = u"王芳"_s;
    return data;
}

// CPU time of this thread in ms: on a shared, loaded machine wall time also counts the waits
// for a core, which says more about the neighbours than about the renderer.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : QString();
}

struct Timings
{
    Distribution wall;
    Distribution cpu;
    qsizetype bytes = 0;
};

Timings timeRenders(const NoticeData &data, const HallProfile &profile, PaperLayout layout, int runs)
{
    std::vector<double> ms;
    std::vector<double> cpuMs;
    Timings timings;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const Result<QByteArray> pdf = NoticeRenderer::renderPdf(data, profile, layout);
        cpuMs.push_back(threadCpuMs() - cpuStart);
        ms.push_back(elapsedMs(timer));
        if (!pdf) {
            summary() << "render failed: " << pdf.error().message << Qt::endl;
            std::exit(1);
        }
        timings.bytes = pdf->size();
    }
    timings.wall = distribution(ms);
    timings.cpu = distribution(cpuMs);
    return timings;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"onewindow-bench-printing"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Time to render a notice to PDF in memory."_s);
    parser.addHelpOption();
    parser.addOption({ u"runs"_s, u"Timed renders per layout (default 200)."_s, u"N"_s });
    parser.addOption({ u"materials"_s, u"Materials on the notice (default 10)."_s, u"N"_s });
    parser.process(app);
    const int runs = parser.isSet(u"runs"_s) ? std::max(1, parser.value(u"runs"_s).toInt()) : 200;
    const int materials = parser.isSet(u"materials"_s) ? parser.value(u"materials"_s).toInt() : 10;

    const Result<HallProfile> profile = HallProfile::load();
    if (!profile) {
        summary() << profile.error().message << Qt::endl;
        return 1;
    }
    const NoticeData data = acceptanceNotice(materials);
    QElapsedTimer cold;
    cold.start();
    (void)NoticeRenderer::renderPdf(data, profile.value(), PaperLayout::A4);
    const double coldMs = elapsedMs(cold);
    const Timings a4 = timeRenders(data, profile.value(), PaperLayout::A4, runs);
    const Timings receipt = timeRenders(data, profile.value(), PaperLayout::Receipt80mm, runs);

    QJsonObject report { { u"benchmark"_s, u"printing"_s },
                         { u"materials"_s, materials },
                         { u"runs"_s, runs },
                         { u"firstRenderMs"_s, roundMs(coldMs) },
                         { u"a4"_s, toJson(a4.wall) },
                         { u"a4Cpu"_s, toJson(a4.cpu) },
                         { u"a4PdfBytes"_s, qint64(a4.bytes) },
                         { u"receipt80mm"_s, toJson(receipt.wall) },
                         { u"receipt80mmCpu"_s, toJson(receipt.cpu) },
                         { u"receiptPdfBytes"_s, qint64(receipt.bytes) },
                         { u"rssKiB"_s, residentKiB() },
                         { u"loadAverage"_s, loadAverage() },
                         { u"goal"_s, QJsonObject { { u"a4P50Ms"_s, targetMs } } },
                         { u"met"_s,
                           QJsonObject { { u"a4P50"_s, a4.wall.median <= targetMs },
                                         { u"a4CpuP50"_s, a4.cpu.median <= targetMs } } } };
    printJson(report);
    summary() << "acceptance notice, " << materials << " materials: A4 p50 " << roundMs(a4.wall.median) << " ms ("
              << roundMs(a4.cpu.median) << " ms CPU), p99 " << roundMs(a4.wall.p99) << " ms (goal " << targetMs
              << " ms); 80 mm p50 " << roundMs(receipt.wall.median) << " ms; first render " << roundMs(coldMs)
              << " ms; load average " << loadAverage() << Qt::endl;
    return 0;
}
