#include "departments.h"

#include <array>

using namespace Qt::StringLiterals;

namespace OneWindow::GenCatalog {

namespace {

struct DepartmentName
{
    QStringView name;
    QStringView shortName;
};

// In DepartmentId order. Names follow the usual 区级 pattern so lists and search results look familiar to
// hall staff; 示范区 is the fictional district the issuer of every package belongs to.
constexpr std::array<DepartmentName, int(DepartmentId::Count)> names { {
    { u"示范区公安分局", u"区公安分局" },
    { u"示范区公安分局交通警察大队", u"区交警大队" },
    { u"示范区市场监督管理局", u"区市场监管局" },
    { u"示范区人力资源和社会保障局", u"区人社局" },
    { u"示范区医疗保障局", u"区医保局" },
    { u"示范区民政局", u"区民政局" },
    { u"示范区残疾人联合会", u"区残联" },
    { u"示范区卫生健康局", u"区卫健局" },
    { u"示范区教育局", u"区教育局" },
    { u"示范区住房和城乡建设局", u"区住建局" },
    { u"示范区规划和自然资源分局", u"区规划资源分局" },
    { u"示范区交通运输局", u"区交通运输局" },
    { u"示范区司法局", u"区司法局" },
    { u"示范区人民政府办公室", u"区府办" },
    { u"示范区退役军人事务局", u"区退役军人局" },
    { u"示范区文化广电旅游体育局", u"区文广旅体局" },
    { u"国家税务总局示范区税务局", u"区税务局" },
    { u"示范区城市管理和综合执法局", u"区城管执法局" },
    { u"示范区生态环境分局", u"区生态环境分局" },
    { u"示范区应急管理局", u"区应急管理局" },
    { u"示范区农业农村局", u"区农业农村局" },
    { u"示范区水务局", u"区水务局" },
    { u"示范区商务局", u"区商务局" },
    { u"示范区发展和改革局", u"区发改局" },
    { u"示范区财政局", u"区财政局" },
    { u"示范区科技工业和信息化局", u"区科工信局" },
    { u"示范区档案馆", u"区档案馆" },
    { u"示范区消防救援大队", u"区消防救援大队" },
    { u"示范区民族宗教事务局", u"区民宗局" },
    { u"示范区统计局", u"区统计局" },
    { u"示范区林业和园林局", u"区林园局" },
    { u"示范区地方金融工作局", u"区金融局" },
    { u"住房公积金管理中心示范区分中心", u"公积金示范区分中心" },
} };

constexpr QStringView usccAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

int alphanumericValue(QChar c)
{
    return c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
}

/// GB 11714 organisation code: eight characters and a check character.
QString organisationCode(const QString &body8)
{
    static constexpr std::array<int, 8> weights { 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += alphanumericValue(body8.at(i)) * weights[i];
    const int check = 11 - sum % 11;
    return body8 + (check == 10 ? u'X' : check == 11 ? u'0' : QChar(u'0' + check));
}

QList<Department> buildDepartments()
{
    QList<Department> result;
    for (int i = 0; i < int(names.size()); ++i) {
        Department department;
        // 11 = 机构编制 registered 机关; 440106 = the district's division code.
        const QString body = QString::asprintf("%08d", 750200 + i * 37);
        department.code = withUsccCheck(u"11440106"_s + organisationCode(body));
        department.name = names[i].name.toString();
        department.shortName = names[i].shortName.toString();
        department.hotline = QString::asprintf("020-8%07d", 5501000 + i * 113);
        // the district hall has three floors of windows, eleven zones a floor
        department.hallFloor = 1 + i / 11;
        department.hallZone = QChar(u'A' + i % 11);
        result.append(department);
    }
    return result;
}

} // namespace

QString withUsccCheck(const QString &first17)
{
    static constexpr std::array<int, 17> weights { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(usccAlphabet.indexOf(first17.at(i))) * weights[i];
    return first17 + usccAlphabet.at((31 - sum % 31) % 31);
}

const QList<Department> &departments()
{
    static const QList<Department> all = buildDepartments();
    return all;
}

const Department &department(DepartmentId id)
{
    return departments().at(int(id));
}

} // namespace OneWindow::GenCatalog
