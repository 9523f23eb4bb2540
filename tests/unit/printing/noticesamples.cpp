#include "noticesamples.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace OneWindow::Printing;

namespace OneWindow::Test {
namespace {

const QStringList materialNames { u"居民身份证"_s,
                                  u"户口簿"_s,
                                  u"营业执照申请书"_s,
                                  u"经营场所使用证明（房屋租赁合同）"_s,
                                  u"法定代表人任职文件"_s,
                                  u"公司章程"_s,
                                  u"食品安全管理制度"_s,
                                  u"从业人员健康证明"_s,
                                  u"委托书"_s,
                                  u"设备布局和工艺流程图"_s };
const QStringList provided { u"原件已核验"_s, u"复印件 1 份"_s, u"电子"_s, QString() };

NoticeMaterial material(int index, bool withProblem)
{
    NoticeMaterial m;
    m.name = materialNames[index % materialNames.size()];
    if (index >= materialNames.size())
        m.name += u"（第%1组）"_s.arg(index / materialNames.size() + 1);
    m.provided = provided[index % provided.size()];
    m.copies = 1 + index % 2;
    m.pages = index % 3 == 2 ? 0 : 1 + index % 4;
    if (withProblem) {
        m.problem = index % 2 ? u"复印件不清晰，无法辨认签名"_s : u"未提供"_s;
        m.toBring = index % 2 ? u"清晰复印件 1 份"_s : QString();
    }
    return m;
}

} // namespace

QString sampleFullId()
{
    return u"11010519491231002X"_s;
}

QString maskIdForTest(const QString &fullId)
{
    return fullId.left(6) + QString(fullId.size() - 10, u'*') + fullId.right(4);
}

NoticeData sampleNotice(DocumentKind kind, int materialCount)
{
    NoticeData data;
    data.kind = kind;
    const QString prefix = kind == DocumentKind::AcceptanceNotice ? u"受"_s
        : kind == DocumentKind::OneTimeNotice                     ? u"补告"_s
        : kind == DocumentKind::RefusalNotice                     ? u"不受"_s
                                                                  : u"收"_s;
    data.documentNumber = u"示范%1字〔2026〕第0007号"_s.arg(prefix);
    data.caseNumber = u"SF01-W03-20261125-0007"_s;
    data.caseUuid = u"0b6a7c52-5a1e-4d8e-9a43-6f1f8f2f0c11"_s;
    data.publicCode = u"7KQ4M2"_s;
    data.issuedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 42), QTimeZone(8 * 3600));
    data.itemName = u"食品经营许可（新办）"_s;
    data.itemCode = u"11110000000013338W3000117001"_s;
    data.departmentName = u"示范区市场监督管理局"_s;
    data.applicantName = u"张晓明"_s;
    data.applicantIdMasked = maskIdForTest(sampleFullId());
    data.applicantPhoneMasked = u"138****5678"_s;
    if (kind == DocumentKind::AcceptanceNotice) {
        data.agentName = u"李华"_s;
        data.agentIdMasked = maskIdForTest(u"110101199003071234"_s);
    }
    for (int i = 0; i < materialCount; ++i)
        data.materials.append(material(i, kind == DocumentKind::OneTimeNotice && i % 3 != 0));
    data.promisedDays = 10;
    data.dueDate = QDate(2026, 12, 9);
    data.dueDateProvisional = false;
    if (kind == DocumentKind::RefusalNotice) {
        data.refusalReason = u"申请事项依法不属于本机关职权范围，请向示范市市场监督管理局申请。"_s;
        data.legalBasis = { u"《中华人民共和国行政许可法》第三十二条第一款第（二）项"_s };
    }
    data.deliveryMethod = u"邮寄送达：示范区中心大道 88 号 3 单元 502 室"_s;
    data.windowName = u"3号窗口"_s;
    data.staffName = u"王芳"_s;
    return data;
}

} // namespace OneWindow::Test
