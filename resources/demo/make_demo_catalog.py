#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Demo catalog generator for OneWindow (一窗受理).

This script writes resources/demo/catalog.json, the demo catalog package of
示范市示范区, a FICTIONAL district. The JSON file is this script's output and is
committed; CI does not run the script. Edit the tables below and rerun:

    python3 resources/demo/make_demo_catalog.py

The package follows docs/catalog-package.md (format "onewindow-catalog",
formatVersion 1, kind "full"). The guides were written for the demo from general
knowledge of how 办事指南 read; names of laws and regulations are real, every
place, phone number, code and local document ("示范市……") is invented.

The output is deterministic (no clock, no randomness). A self-check at the end
fails loudly (exit status 1, nothing written) if a rule of the format or of the
demo brief is broken.
"""

import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "catalog.json")

# --------------------------------------------------------------------------
# Package header and dictionaries (codes exactly as in docs/catalog-package.md)
# --------------------------------------------------------------------------
HEADER = {
    "format": "onewindow-catalog",
    "formatVersion": 1,
    "kind": "full",
    "version": 1,
    "issuedAt": "2026-11-20T08:00:00+08:00",
    "issuer": "示范区政务服务数据管理局",
    "signature": None,
}

DICTIONARIES = {
    "itemType": [("XK", "行政许可"), ("QR", "行政确认"), ("GF", "行政给付"),
                 ("GG", "公共服务"), ("QT", "其他行政权力")],
    "level": [("district", "区级"), ("street", "街道"), ("community", "社区")],
    "materialForm": [("original", "原件"), ("copy", "复印件"), ("electronic", "电子")],
    "materialType": [("id", "证照"), ("form", "申请表"), ("proof", "证明"),
                     ("contract", "合同协议"), ("other", "其他")],
    "necessity": [("required", "必要"), ("conditional", "按情形提交"), ("optional", "非必要")],
}

# Fictional administrative division code of 示范市示范区 (99 is no province).
REGION = "990102"
CENTRE = "示范区政务服务中心"
CENTRE_ADDR = "示范大道188号"
STD_HOURS = "周一至周五 9:00-12:00，13:30-17:30（法定节假日除外）"
CENTRE_HOURS = ("周一至周五 9:00-12:00，13:30-17:30；周六 9:00-12:00（延时服务，"
                "仅限部分事项）（法定节假日除外）")

LEVEL_CODES = {"d": "district", "s": "street", "c": "community"}
LEVEL_NAMES = {"district": "区级", "street": "街道", "community": "社区"}
FORM_CODES = {"o": "original", "c": "copy", "e": "electronic"}
NEC_CODES = {"r": "required", "c": "conditional", "n": "optional"}
TYPE_NUM = {"XK": "01", "QR": "07", "GF": "05", "GG": "20", "QT": "10"}

# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------
_CN_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    """Chinese numeral as used for article numbers (第一千零四十九条)."""
    assert 0 < n < 10000
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for value, unit in units:
        d = n // value % 10
        if d:
            if zero and out:
                out += "零"
            out += _CN_DIGITS[d] + unit
            zero = False
        elif out:
            zero = True
    if n % 10:
        if zero:
            out += "零"
        out += _CN_DIGITS[n % 10]
    return out


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c, 36) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(deptno):
    """A well-formed (checksummed) but fictional 统一社会信用代码 of an agency."""
    body8 = "MB%06d" % ((deptno * 7919 + 104729) % 1000000)
    org = body8 + _org_check(body8)
    first17 = "11" + REGION + org
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_W))
    return first17 + _USCC_CHARS[(31 - s % 31) % 31]


def stable_version(name):
    """Guide version 1..3, derived from the name so reruns are identical."""
    h = int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16)
    return (1, 1, 2, 1, 3, 2, 1)[h % 7]


# --------------------------------------------------------------------------
# Laws: abbreviations -> full names. "社救:11,12" -> 《社会救助暂行办法》第十一条、第十二条;
# "婚登:@2" -> chapter; a token starting with 《 is taken as written.
# --------------------------------------------------------------------------
LAW = {}


def law(tok):
    if tok.startswith("《"):
        return tok
    if ":" not in tok:
        return "《%s》" % LAW[tok]
    k, arts = tok.split(":", 1)
    if arts.startswith("@"):
        return "《%s》第%s章" % (LAW[k], cn_num(int(arts[1:])))
    parts = []
    for a in arts.split(","):
        if "-" in a:
            x, y = a.split("-")
            parts.append("第%s条至第%s条" % (cn_num(int(x)), cn_num(int(y))))
        else:
            parts.append("第%s条" % cn_num(int(a)))
    return "《%s》%s" % (LAW[k], "、".join(parts))


# --------------------------------------------------------------------------
# Materials: key -> (name, forms, type, copies, necessity, condition, notes)
# forms: o原件 c复印件 e电子; necessity: r必要 c按情形 n非必要.
# In an item, "key?" makes it conditional, "key~" optional, "key!" required,
# "key*2" sets copies. "SQ" is the item's own application form.
# --------------------------------------------------------------------------
M = {}
MFORM = {}   # key -> (blankForm, sample) for named forms


def mat(key, name, forms, typ, copies=0, nec="r", cond=None, notes=None, blank=None):
    assert key not in M, key
    M[key] = (name, forms, typ, copies, nec, cond, notes)
    if blank or typ == "form":
        MFORM[key] = True


# --------------------------------------------------------------------------
# Form fields
# --------------------------------------------------------------------------
def F(key, label, typ, req=False, opts=None, vis=None, hint=None, fields=None):
    f = {"key": key, "label": label, "type": typ}
    if req:
        f["required"] = True
    if opts:
        f["options"] = list(opts)
    if fields:
        f["fields"] = fields
    if vis:
        f["visibleWhen"] = {"field": vis[0], "equals": vis[1]}
    if hint:
        f["hint"] = hint
    return f


FS = {}   # shared field sets


def parse_extras(spec):
    """'key:标签:type[:opt1|opt2][:r][:@field=value][:?hint]' separated by ';'."""
    out = []
    for part in [p.strip() for p in spec.split(";") if p.strip()]:
        bits = part.split(":")
        key, label, typ = bits[0], bits[1], bits[2]
        req, opts, vis, hint = False, None, None, None
        for b in bits[3:]:
            if b == "r":
                req = True
            elif b.startswith("@"):
                fk, fv = b[1:].split("=", 1)
                fv = True if fv == "true" else (False if fv == "false" else fv)
                vis = (fk, fv)
            elif b.startswith("?"):
                hint = b[1:]
            elif b:
                opts = b.split("|")
        out.append(F(key, label, typ, req, opts, vis, hint))
    return out


DELIVERY = [
    F("deliveryMethod", "结果领取方式", "choice", True, ["窗口领取", "邮寄送达"]),
    F("mailAddress", "邮寄地址", "address", True, vis=("deliveryMethod", "邮寄送达")),
    F("mailPostalCode", "邮政编码", "postalCode", vis=("deliveryMethod", "邮寄送达")),
    F("mailRecipientPhone", "收件人电话", "phone", True, vis=("deliveryMethod", "邮寄送达")),
]

# --------------------------------------------------------------------------
# Departments and items
# --------------------------------------------------------------------------
DEPTS = []        # dicts
ITEMS = []        # raw item specs
_cur = {}


def dept(key, name, short, hotline, place, street=None, community=None,
         hours=None, form="P A", steps=None):
    d = {"key": key, "name": name, "short": short, "hotline": hotline,
         "place": place, "street": street, "community": community,
         "hours": hours or STD_HOURS, "form": form, "steps": steps,
         "no": len(DEPTS) + 1}
    DEPTS.append(d)
    _cur.clear()
    _cur["d"] = d


def it(name, short, kw, lv, t, days, mats, fl="", lb=(), res=None, **kw_):
    spec = {"name": name, "short": short, "kw": kw, "lv": lv, "t": t,
            "days": days, "mats": mats, "fl": fl, "lb": list(lb), "res": res,
            "dept": _cur["d"]}
    spec.update(kw_)
    ITEMS.append(spec)

# ==========================================================================
# Shared tables
# ==========================================================================
LAW.update({
    "民法典": "中华人民共和国民法典",
    "社救": "社会救助暂行办法",
    "低保办法": "最低生活保障审核确认办法",
    "特困办法": "特困人员认定办法",
    "老年法": "中华人民共和国老年人权益保障法",
    "婚登": "婚姻登记条例",
    "殡葬": "殡葬管理条例",
    "社团": "社会团体登记管理条例",
    "民非": "民办非企业单位登记管理暂行条例",
    "慈善法": "中华人民共和国慈善法",
    "养老机构": "养老机构管理办法",
    "地名": "地名管理条例",
    "残保法": "中华人民共和国残疾人保障法",
    "残证办法": "残疾人证管理办法",
    "残就业": "残疾人就业条例",
    "无障碍法": "中华人民共和国无障碍环境建设法",
    "康复条例": "残疾预防和残疾人康复条例",
    "就促法": "中华人民共和国就业促进法",
    "就业规定": "就业服务与就业管理规定",
    "社险法": "中华人民共和国社会保险法",
    "社险征缴": "社会保险费征缴暂行条例",
    "失业条例": "失业保险条例",
    "工伤条例": "工伤保险条例",
    "劳合法": "中华人民共和国劳动合同法",
    "仲裁法": "中华人民共和国劳动争议调解仲裁法",
    "监察条例": "劳动保障监察条例",
    "人资条例": "人力资源市场暂行条例",
    "派遣办法": "劳务派遣行政许可实施办法",
    "档案规定": "流动人员人事档案管理服务规定",
    "社保卡办法": "社会保障卡管理办法",
    "人口法": "中华人民共和国人口与计划生育法",
    "母婴法": "中华人民共和国母婴保健法",
    "医机条例": "医疗机构管理条例",
    "医师法": "中华人民共和国医师法",
    "护士条例": "护士条例",
    "公场条例": "公共场所卫生管理条例",
    "基医法": "中华人民共和国基本医疗卫生与健康促进法",
    "疫苗法": "中华人民共和国疫苗管理法",
    "放射规定": "放射诊疗管理规定",
    "医保定点": "医疗机构医疗保障定点管理暂行办法",
    "药店定点": "零售药店医疗保障定点管理暂行办法",
    "医保基金条例": "医疗保障基金使用监督管理条例",
    "退役法": "中华人民共和国退役军人保障法",
    "军人权益法": "中华人民共和国军人地位和权益保障法",
    "抚恤条例": "军人抚恤优待条例",
    "退役安置": "退役士兵安置条例",
    "烈士条例": "烈士褒扬条例",
    "伤残办法": "伤残抚恤管理办法",
    "户口条例": "中华人民共和国户口登记条例",
    "居住证": "居住证暂行条例",
    "身份证法": "中华人民共和国居民身份证法",
    "临证办法": "中华人民共和国临时居民身份证管理办法",
    "动防法": "中华人民共和国动物防疫法",
    "治安法": "中华人民共和国治安管理处罚法",
    "大型活动": "大型群众性活动安全管理条例",
    "登记条例": "中华人民共和国市场主体登记管理条例",
    "登记细则": "中华人民共和国市场主体登记管理条例实施细则",
    "个体条例": "促进个体工商户发展条例",
    "公司法": "中华人民共和国公司法",
    "食安法": "中华人民共和国食品安全法",
    "食许办法": "食品经营许可和备案管理办法",
    "药品法": "中华人民共和国药品管理法",
    "器械条例": "医疗器械监督管理条例",
    "特设法": "中华人民共和国特种设备安全法",
    "计量法": "中华人民共和国计量法",
    "广告法": "中华人民共和国广告法",
    "商标法": "中华人民共和国商标法",
    "建筑法": "中华人民共和国建筑法",
    "施工许可办法": "建筑工程施工许可管理办法",
    "质量条例": "建设工程质量管理条例",
    "物业条例": "物业管理条例",
    "公租房办法": "公共租赁住房管理办法",
    "房地产法": "中华人民共和国城市房地产管理法",
    "租赁办法": "商品房屋租赁管理办法",
    "消防法": "中华人民共和国消防法",
    "消防验收": "建设工程消防设计审查验收管理暂行规定",
    "道路条例": "城市道路管理条例",
    "市容条例": "城市市容和环境卫生管理条例",
    "绿化条例": "城市绿化条例",
    "建筑垃圾": "城市建筑垃圾管理规定",
    "生活垃圾": "城市生活垃圾管理办法",
    "排水条例": "城镇排水与污水处理条例",
    "义教法": "中华人民共和国义务教育法",
    "教师法": "中华人民共和国教师法",
    "教资条例": "教师资格条例",
    "民促法": "中华人民共和国民办教育促进法",
    "学前法": "中华人民共和国学前教育法",
    "法援法": "中华人民共和国法律援助法",
    "法援程序": "办理法律援助案件程序规定",
    "公证法": "中华人民共和国公证法",
    "公证规则": "公证程序规则",
    "调解法": "中华人民共和国人民调解法",
    "律师法": "中华人民共和国律师法",
    "基层法律": "基层法律服务所管理办法",
    "税收征管法": "中华人民共和国税收征收管理法",
    "个税法": "中华人民共和国个人所得税法",
    "个税条例": "中华人民共和国个人所得税法实施条例",
    "发票办法": "中华人民共和国发票管理办法",
    "发票细则": "中华人民共和国发票管理办法实施细则",
    "增值税法": "中华人民共和国增值税法",
    "契税法": "中华人民共和国契税法",
    "车船税法": "中华人民共和国车船税法",
    "印花税法": "中华人民共和国印花税法",
    "房产税条例": "中华人民共和国房产税暂行条例",
    "城规法": "中华人民共和国城乡规划法",
    "土地法": "中华人民共和国土地管理法",
    "土地条例": "中华人民共和国土地管理法实施条例",
    "不动产条例": "不动产登记暂行条例",
    "不动产细则": "不动产登记暂行条例实施细则",
    "测绘法": "中华人民共和国测绘法",
    "道运条例": "中华人民共和国道路运输条例",
    "公路法": "中华人民共和国公路法",
    "公路条例": "公路安全保护条例",
    "出租车办法": "巡游出租汽车经营服务管理规定",
    "驾培规定": "机动车驾驶员培训管理规定",
    "维修规定": "机动车维修管理规定",
    "货运规定": "道路货物运输及站场管理规定",
    "种子法": "中华人民共和国种子法",
    "农药条例": "农药管理条例",
    "兽药条例": "兽药管理条例",
    "渔业法": "中华人民共和国渔业法",
    "农机条例": "农业机械安全监督管理条例",
    "肥料办法": "肥料登记管理办法",
    "动检办法": "动物防疫条件审查办法",
    "演出条例": "营业性演出管理条例",
    "娱乐条例": "娱乐场所管理条例",
    "网吧条例": "互联网上网服务营业场所管理条例",
    "出版条例": "出版管理条例",
    "全民健身": "全民健身条例",
    "旅行社条例": "旅行社条例",
    "艺术品办法": "艺术品经营管理办法",
    "文物法": "中华人民共和国文物保护法",
    "安全法": "中华人民共和国安全生产法",
    "危化条例": "危险化学品安全管理条例",
    "烟花条例": "烟花爆竹安全管理条例",
    "应急预案": "生产安全事故应急预案管理办法",
    "环评法": "中华人民共和国环境影响评价法",
    "排污条例": "排污许可管理条例",
    "固废法": "中华人民共和国固体废物污染环境防治法",
    "噪声法": "中华人民共和国噪声污染防治法",
    "辐射条例": "放射性同位素与射线装置安全和防护条例",
    "居委会法": "中华人民共和国城市居民委员会组织法",
    "兵役法": "中华人民共和国兵役法",
    "征兵条例": "征兵工作条例",
    "志愿条例": "志愿服务条例",
    "价格法": "中华人民共和国价格法",
    "燃气条例": "城镇燃气管理条例",
    "畜牧法": "中华人民共和国畜牧法",
    "灾害救助": "自然灾害救助条例",
    "易制毒": "易制毒化学品管理条例",
    "网约车办法": "网络预约出租汽车经营服务管理暂行办法",
    "合作社法": "中华人民共和国农民专业合作社法",
    "复议法": "中华人民共和国行政复议法",
    "矫正法": "中华人民共和国社区矫正法",
})

# Local documents of the fictional city (named so that they read like the real thing).
LOCAL = lambda title: "《示范市%s》" % title

# ---- shared materials -------------------------------------------------------
mat("sfz", "居民身份证", "oe", "id", 0, notes="核验原件，可出示电子身份证")
mat("sfz1", "居民身份证", "oce", "id", 1, notes="核验原件，收取复印件1份，复印件需本人签字")
mat("hkb", "居民户口簿", "oc", "id", 1, notes="提供户主页及本人页复印件")
mat("zp1", "近期一寸免冠彩色照片", "oe", "other", 2, notes="白底，光面相纸；可现场拍摄")
mat("zp2", "近期二寸免冠彩色照片", "oe", "other", 2, notes="白底，光面相纸；可现场拍摄")
mat("wts", "授权委托书", "o", "other", 1, "c", "委托他人办理的",
    "须载明委托事项、权限和期限，由委托人签名")
mat("dlsfz", "代办人居民身份证", "oe", "id", 0, "c", "委托他人办理的", "核验原件")
mat("jhgx", "监护关系证明", "oc", "proof", 1, "c", "由监护人代为办理的",
    "户口簿、出生医学证明或人民法院指定监护的法律文书等")
mat("jhz_c", "结婚证", "oce", "id", 1, "c", "申请人已婚的")
mat("zlht", "房屋租赁合同", "oc", "contract", 1, "c", "租住他人房屋的",
    "已办理房屋租赁登记备案的，可免于提交")
mat("bdcz", "不动产权证书", "oce", "id", 1, "c", "居住在自有房屋的",
    "也可提供房屋所有权证或经备案的购房合同")
mat("zszm", "居住地住址证明", "oc", "proof", 1, notes="房屋租赁合同、不动产权证书、单位或学校出具的住宿证明等任一种")
mat("jyzm", "就业或就读证明", "oc", "proof", 1, "c", "以合法稳定就业或连续就读申领的",
    "劳动合同、营业执照、在读证明等任一种")
mat("yyzz", "营业执照", "oce", "id", 1, notes="复印件加盖公章")
mat("frsfz", "法定代表人（负责人）居民身份证", "oc", "id", 1, notes="复印件加盖公章")
mat("jbrsfz", "经办人居民身份证", "oe", "id", 0, "c", "由单位经办人办理的", "核验原件")
mat("dwwts", "单位授权委托书", "o", "other", 1, "c", "由法定代表人以外的人员办理的",
    "加盖单位公章，载明委托事项")
mat("sbk", "社会保障卡", "oe", "id", 0, notes="可出示电子社保卡")
mat("yhk", "本人银行账户信息", "oc", "other", 1,
    notes="银行卡或存折，须为本人名下一类账户；复印件需本人签字")
mat("cjrz", "中华人民共和国残疾人证", "oce", "id", 1)
mat("cjrz_c", "中华人民共和国残疾人证", "oce", "id", 1, "c", "家庭成员中有持证残疾人的")
mat("hdsq", "居民家庭经济状况核对授权书", "o", "form", 1,
    notes="共同生活的成年家庭成员均须本人签名")
mat("jtsr", "家庭收入和财产状况申报表", "oe", "form", 1,
    notes="如实申报共同生活家庭成员的收入、存款、房产、车辆等")
mat("zdzm", "医疗机构诊断证明或病历", "oc", "proof", 1, "c", "因病申请的",
    "二级及以上医疗机构出具，近6个月内有效")
mat("yljf", "医疗费用票据及费用明细清单", "oc", "proof", 1, "c", "申请医疗费用支出救助的",
    "提供已结算票据；复印件需经办机构核对原件")
mat("cns", "告知承诺书", "oe", "form", 1, notes="对证明事项作出书面承诺，承诺不实的依法承担相应责任")
mat("swzm", "居民死亡医学证明（推断）书", "oc", "proof", 1,
    notes="非正常死亡的，提供公安机关出具的死亡证明")
mat("hhzm", "遗体火化证明", "oc", "proof", 1)
mat("ldht", "劳动合同", "oc", "contract", 1)
mat("jcld", "解除或终止劳动关系证明", "oc", "proof", 1, notes="用人单位出具，加盖公章")
mat("byz", "毕业证书", "oce", "id", 1)
mat("csyx", "出生医学证明", "oce", "proof", 1)
mat("dbz_c", "最低生活保障证或特困人员供养证", "oc", "id", 1, "c", "属于低保、特困对象的",
    "可通过部门数据共享核验的，免于提交")
mat("zxfw", "场所平面图及周边环境示意图", "oc", "other", 1, notes="标明面积、功能分区和出入口")
mat("csqz", "经营场所使用证明", "oc", "proof", 1,
    notes="不动产权证书或租赁合同；无房产证的提供场所产权单位证明")

# ---- shared field sets ------------------------------------------------------
FS["P"] = [
    F("applicantName", "申请人姓名", "text", True),
    F("applicantIdNo", "公民身份号码", "residentId", True),
    F("applicantPhone", "联系电话", "phone", True),
    F("residenceAddress", "现居住地址", "address", True),
]
FS["P0"] = FS["P"][:3]
FS["HJ"] = [F("hukouAddress", "户籍地址", "address", True)]
FS["A"] = [
    F("byAgent", "是否委托他人代办", "bool"),
    F("agentName", "代办人姓名", "text", True, vis=("byAgent", True)),
    F("agentIdNo", "代办人公民身份号码", "residentId", True, vis=("byAgent", True)),
    F("agentPhone", "代办人联系电话", "phone", True, vis=("byAgent", True)),
    F("agentRelation", "代办人与申请人关系", "choice", False,
      ["配偶", "子女", "父母", "其他亲属", "其他"], vis=("byAgent", True)),
]
FS["E"] = [
    F("entName", "单位名称", "text", True),
    F("entUscc", "统一社会信用代码", "uscc", True),
    F("legalRep", "法定代表人（负责人）", "text", True),
    F("legalRepIdNo", "法定代表人公民身份号码", "residentId"),
    F("contactName", "经办人姓名", "text", True),
    F("contactPhone", "经办人联系电话", "phone", True),
    F("entAddress", "住所（经营场所）", "address", True),
]
FS["EN"] = [
    F("entName", "拟设立企业名称", "text", True, hint="已通过名称自主申报的名称"),
    F("entForm", "企业类型", "choice", True,
      ["有限责任公司（自然人投资或控股）", "有限责任公司（法人独资）", "股份有限公司",
       "个人独资企业", "合伙企业"]),
    F("regCapital", "注册资本（万元）", "number", True),
    F("entAddress", "住所", "address", True),
    F("entPostalCode", "邮政编码", "postalCode"),
    F("businessScope", "经营范围", "text", True, hint="按经营范围规范表述目录选择填写"),
    F("legalRep", "法定代表人", "text", True),
    F("legalRepIdNo", "法定代表人公民身份号码", "residentId", True),
    F("contactPhone", "联络员电话", "phone", True),
    F("shareholders", "股东（发起人、出资人）", "group", fields=[
        F("shName", "股东名称或姓名", "text", True),
        F("shType", "股东类型", "choice", True, ["自然人", "企业法人", "其他组织"]),
        F("shIdNo", "证件号码", "text", True, hint="自然人填公民身份号码，单位填统一社会信用代码"),
        F("shContribution", "认缴出资额（万元）", "number", True),
        F("shMethod", "出资方式", "choice", True, ["货币", "实物", "知识产权", "土地使用权", "股权"]),
        F("shDueDate", "出资期限", "date", True),
    ]),
]
FS["IND"] = [
    F("shopName", "个体工商户名称", "text", False, hint="可不起字号名称"),
    F("operatorName", "经营者姓名", "text", True),
    F("operatorIdNo", "经营者公民身份号码", "residentId", True),
    F("operatorPhone", "经营者联系电话", "phone", True),
    F("businessAddress", "经营场所", "address", True),
    F("businessScope", "经营范围", "text", True),
    F("orgForm", "组成形式", "choice", True, ["个人经营", "家庭经营"]),
    F("familyOperators", "参加经营的家庭成员", "group", vis=("orgForm", "家庭经营"), fields=[
        F("memberName", "姓名", "text", True),
        F("memberIdNo", "公民身份号码", "residentId", True),
        F("relation", "与经营者关系", "choice", True, ["配偶", "子女", "父母", "兄弟姐妹", "其他"]),
    ]),
]
FS["FAM"] = [
    F("householdSize", "共同生活家庭人口数", "number", True),
    F("familyMembers", "共同生活家庭成员", "group", fields=[
        F("memberName", "姓名", "text", True),
        F("memberIdNo", "公民身份号码", "residentId", True),
        F("relation", "与申请人关系", "choice", True,
          ["本人", "配偶", "子女", "父母", "兄弟姐妹", "祖父母、外祖父母", "孙子女、外孙子女", "其他"]),
        F("employment", "就业状况", "choice", False,
          ["在职", "灵活就业", "失业", "在校学生", "学龄前儿童", "退休", "无劳动能力"]),
        F("monthlyIncome", "月收入（元）", "number"),
        F("health", "健康状况", "choice", False, ["健康", "慢性病", "重病", "残疾"]),
    ]),
]
FS["BANK"] = [
    F("bankName", "开户银行", "text", True),
    F("bankAccount", "银行账号", "text", True),
    F("accountHolder", "账户户名", "text", True),
]
FS["HOUSE"] = [
    F("housingType", "住所类型", "choice", True, ["自有住房", "租赁住房", "单位宿舍", "借住亲友住房", "其他"]),
    F("landlordName", "出租人姓名或名称", "text", True, vis=("housingType", "租赁住房")),
    F("leaseEnd", "租赁期限届满日", "date", False, vis=("housingType", "租赁住房")),
]
FS["VET"] = [
    F("personType", "人员类别", "choice", True,
      ["退役军人", "现役军人家属", "烈士遗属", "因公牺牲军人遗属", "病故军人遗属", "其他优抚对象"]),
    F("enlistDate", "入伍时间", "date"),
    F("dischargeDate", "退出现役时间", "date"),
    F("dischargeType", "退役方式", "choice", False, ["退伍", "转业", "复员", "退休", "其他"]),
]
FS["DIS"] = [
    F("disabilityType", "残疾类别", "choice", True,
      ["视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾"]),
    F("disabilityLevel", "残疾等级", "choice", True, ["一级", "二级", "三级", "四级"]),
    F("disabilityCertNo", "残疾人证号", "text", hint="新办残疾人证时不填"),
]
FS["CHILD"] = [
    F("childName", "儿童姓名", "text", True),
    F("childIdNo", "儿童公民身份号码", "residentId"),
    F("childBirthDate", "出生日期", "date", True),
    F("childGender", "性别", "choice", True, ["男", "女"]),
    F("guardianName", "监护人姓名", "text", True),
    F("guardianIdNo", "监护人公民身份号码", "residentId", True),
    F("guardianPhone", "监护人联系电话", "phone", True),
    F("guardianRelation", "监护人与儿童关系", "choice", True, ["父亲", "母亲", "其他监护人"]),
]
FS["COUPLE"] = [
    F("maleName", "男方姓名", "text", True),
    F("maleIdNo", "男方公民身份号码", "residentId", True),
    F("malePhone", "男方联系电话", "phone", True),
    F("femaleName", "女方姓名", "text", True),
    F("femaleIdNo", "女方公民身份号码", "residentId", True),
    F("femalePhone", "女方联系电话", "phone", True),
]
FS["PROJ"] = [
    F("projectName", "项目名称", "text", True),
    F("projectAddress", "建设地点", "address", True),
    F("builderName", "建设单位", "text", True),
    F("builderUscc", "建设单位统一社会信用代码", "uscc", True),
    F("builderContact", "项目联系人", "text", True),
    F("builderPhone", "联系电话", "phone", True),
    F("buildArea", "总建筑面积（平方米）", "number"),
    F("investment", "总投资（万元）", "number"),
]
FS["ROAD"] = [
    F("roadName", "道路名称", "text", True),
    F("workSection", "施工路段（起止点）", "text", True),
    F("workArea", "占用或挖掘面积（平方米）", "number", True),
    F("workStart", "计划开始日期", "date", True),
    F("workEnd", "计划结束日期", "date", True),
    F("nightWork", "是否需要夜间施工", "bool"),
    F("nightReason", "夜间施工理由", "text", True, vis=("nightWork", True)),
]
FS["NOTARY"] = [
    F("notaryPurpose", "公证用途", "choice", True,
      ["出国（境）留学", "探亲访友", "移民定居", "工作就业", "继承", "诉讼", "办理房产手续", "其他"]),
    F("useCountry", "使用国家或地区", "text", hint="在国内使用的填“中国内地”"),
    F("translation", "译文要求", "choice", True, ["不需要", "英文", "日文", "法文", "德文", "其他语种"]),
    F("copiesNeeded", "所需公证书份数", "number", True),
    F("consularAuth", "是否需要办理领事认证或附加证明书", "bool"),
]
FS["TAX"] = [
    F("taxpayerName", "纳税人名称（姓名）", "text", True),
    F("taxpayerId", "纳税人识别号（统一社会信用代码或公民身份号码）", "text", True),
    F("taxContact", "办税人员", "text", True),
    F("taxPhone", "办税人员联系电话", "phone", True),
]
FS["SITE"] = [
    F("siteAddress", "经营（活动）场所", "address", True),
    F("siteArea", "场所面积（平方米）", "number", True),
    F("staffCount", "从业人员数", "number"),
]
FS["CASE"] = [
    F("caseType", "案件类型", "choice", True,
      ["追索劳动报酬", "工伤赔偿", "婚姻家庭", "赡养抚养扶养", "交通事故", "医疗纠纷",
       "请求社会保险待遇或社会救助", "刑事辩护或代理", "其他"]),
    F("opponentName", "对方当事人", "text"),
    F("caseSummary", "案情简述", "text", True),
    F("hardship", "经济困难情形", "choice", True,
      ["最低生活保障对象", "特困供养人员", "低保边缘家庭", "其他经济困难（承诺）", "免予核查经济困难"]),
]

# ---- fees: key -> (name, amount, basis) -------------------------------------
FEE = {}
_SFZ_BASIS = "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）"
FEE["sfz20"] = ("居民身份证工本费（申领、换领）", "20.00", _SFZ_BASIS)
FEE["sfz40d"] = ("居民身份证工本费（损坏换领）", "40.00", _SFZ_BASIS)
FEE["sfz40"] = ("居民身份证工本费（丢失补领）", "40.00", _SFZ_BASIS)
FEE["lsfz10"] = ("临时居民身份证工本费", "10.00", _SFZ_BASIS)
_BDC_BASIS = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）"
FEE["bdc80"] = ("不动产登记费（住宅类）", "80.00", _BDC_BASIS)
FEE["bdc550"] = ("不动产登记费（非住宅类）", "550.00", _BDC_BASIS)
FEE["bdc10"] = ("不动产权属证书工本费（每增加一本）", "10.00", _BDC_BASIS)
_GZ_BASIS = LOCAL("公证服务收费标准") + "（按件计收；困难群众可申请减免）"
FEE["gz80"] = ("公证费（证明单一法律事实）", "80.00", _GZ_BASIS)
FEE["gz100"] = ("公证费（证明有法律意义的文书）", "100.00", _GZ_BASIS)
FEE["gz200"] = ("公证费（委托、声明、遗嘱等法律行为）", "200.00", _GZ_BASIS)
FEE["gz300"] = ("公证费（继承，按标的额分段累进计收，此为起收额）", "300.00", _GZ_BASIS)
FEE["gz500"] = ("公证费（保全证据，按次计收）", "500.00", _GZ_BASIS)
FEE["gzfy"] = ("译文费（需要译文的，每份）", "120.00", _GZ_BASIS)
FEE["gzfb"] = ("公证书副本费（每份）", "10.00", _GZ_BASIS)

# ---- repeated-entry (group) field sets -------------------------------------
FS["HEIRS"] = [F("heirs", "继承人", "group", fields=[
    F("heirName", "姓名", "text", True),
    F("heirIdNo", "公民身份号码", "residentId", True),
    F("heirRelation", "与被继承人关系", "choice", True, ["配偶", "子女", "父母", "兄弟姐妹", "祖父母、外祖父母", "其他"]),
    F("heirDecision", "继承意愿", "choice", True, ["接受继承", "放弃继承"]),
])]
FS["MOVERS"] = [F("movers", "随迁人员", "group", fields=[
    F("moverName", "姓名", "text", True),
    F("moverIdNo", "公民身份号码", "residentId", True),
    F("moverRelation", "与申请人关系", "choice", True, ["配偶", "子女", "父母", "其他"]),
])]
FS["PARTNERS"] = [F("partners", "合伙人", "group", fields=[
    F("partnerName", "合伙人名称或姓名", "text", True),
    F("partnerKind", "合伙人类型", "choice", True, ["普通合伙人", "有限合伙人"]),
    F("partnerIdNo", "证件号码", "text", True),
    F("partnerContribution", "认缴出资额（万元）", "number", True),
    F("partnerMethod", "出资方式", "choice", True, ["货币", "实物", "知识产权", "土地使用权", "劳务", "其他财产权利"]),
])]
FS["COOP"] = [F("coopMembers", "出资成员", "group", fields=[
    F("memberName", "成员名称或姓名", "text", True),
    F("memberIdNo", "证件号码", "text", True),
    F("memberKind", "成员类型", "choice", True, ["农民", "企业", "事业单位", "社会组织"]),
    F("memberContribution", "出资额（万元）", "number"),
])]
FS["FOUNDERS"] = [F("founders", "发起人（举办者）", "group", fields=[
    F("founderName", "名称或姓名", "text", True),
    F("founderKind", "类型", "choice", True, ["个人", "单位"]),
    F("founderIdNo", "证件号码", "text", True),
    F("founderPhone", "联系电话", "phone"),
])]
FS["TRAINEES"] = [F("trainees", "见习人员", "group", fields=[
    F("traineeName", "姓名", "text", True),
    F("traineeIdNo", "公民身份号码", "residentId", True),
    F("traineeStart", "见习开始日期", "date", True),
    F("traineeEnd", "见习结束日期", "date", True),
])]
FS["STAFF"] = [F("employees", "吸纳人员", "group", fields=[
    F("employeeName", "姓名", "text", True),
    F("employeeIdNo", "公民身份号码", "residentId", True),
    F("employeeCategory", "人员类别", "choice", True, ["就业困难人员", "高校毕业生", "脱贫人口", "退役军人", "其他"]),
    F("hireDate", "招用日期", "date", True),
])]
FS["VEH"] = [F("vehicles", "拟投入车辆", "group", fields=[
    F("plateNo", "车牌号码", "text", True),
    F("vehicleType", "车辆类型", "choice", True, ["普通货车", "牵引车", "挂车", "专用作业车"]),
    F("totalMass", "总质量（吨）", "number", True),
])]

# ==========================================================================
# 区民政局
# ==========================================================================
dept("MZ", "区民政局", "民政", "0755-80001201",
     "%s二楼民政综合窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道政务服务中心社会救助窗口", community="各社区党群服务中心综合服务窗口")

mat("hdbg", "家庭成员收入证明或收入情况说明", "oc", "proof", 1, "c", "家庭成员有工资性收入的",
    "无固定收入的可由本人书面说明")
mat("sgzm", "遭遇突发事件或意外事故的相关证明", "oc", "proof", 1, "c", "因火灾、交通事故等意外事件申请的",
    "公安、消防、应急等部门出具的证明或事故认定书")
mat("zlnl", "生活自理能力评估表", "o", "form", 1, "c", "申请集中供养或照料护理的",
    "由街道组织评估后填写")
mat("jzgy", "集中供养入住协议", "o", "contract", 1)
mat("hjzm", "户籍所在地特困人员认定决定书", "oc", "proof", 1)
mat("jyxx", "社会救助对象信息变更申请表", "oe", "form", 1)
mat("hyqm", "申请结婚登记声明书", "o", "form", 1,
    notes="男女双方在婚姻登记员面前亲自签名，不得代签")
mat("hyzp", "双方近期二寸半身免冠合影彩色照片", "oe", "other", 3, notes="红底，可在登记处现场拍摄")
mat("jhz2", "双方结婚证", "o", "id", 1, notes="离婚登记时由婚姻登记机关收回")
mat("lhxy", "离婚协议书", "o", "contract", 3,
    notes="载明双方自愿离婚的意思表示以及对子女抚养、财产和债务处理等事项协商一致的意见")
mat("lhsq", "离婚登记申请书", "o", "form", 1, notes="双方在婚姻登记员面前签名")
mat("bljz", "申请补领婚姻登记证声明书", "o", "form", 1)
mat("dacx", "婚姻登记档案查询申请表", "oe", "form", 1)
mat("sfz_l", "死者居民身份证", "oc", "id", 1, "c", "死者身份证件尚未注销的")
mat("hhfp", "殡葬服务费用票据", "oc", "proof", 1)
mat("azzm", "生态安葬证明", "o", "proof", 1, notes="由经营性公墓或殡仪服务机构出具")
mat("zhangcheng", "章程草案", "oe", "other", 1, notes="须经会员（代表）大会或发起人会议通过")
mat("zhusuo", "住所使用权证明", "oc", "proof", 1, notes="产权证明或租赁协议，租期不少于一年")
mat("yanzi", "验资报告或资金来源证明", "o", "proof", 1)
mat("fzrjl", "拟任负责人基本情况及身份证明", "oc", "proof", 1, notes="附无犯罪记录承诺")
mat("zgdw", "业务主管单位批准文件", "o", "proof", 1, "c", "法律、行政法规规定须经业务主管单位审查同意的")
mat("hyjy", "会员（代表）大会或理事会决议", "o", "proof", 1, notes="参会人员签名")
mat("djzs", "社会组织登记证书正、副本", "o", "id", 1, notes="办理后收回换发或缴销")
mat("qsbg", "清算报告", "o", "other", 1, notes="清算组成员签名")
mat("njbg", "年度工作报告书", "oe", "form", 1, notes="通过社会组织信息管理系统填报后打印盖章")
mat("cwbg", "年度财务会计报告", "oe", "other", 1, notes="按规定须审计的，附审计报告")
mat("cszd", "内部治理、财务管理及信息公开等制度", "oe", "other", 1)
mat("mjfa", "公开募捐方案", "oe", "other", 1)
mat("ylba", "养老机构备案书", "oe", "form", 1)
mat("ylcn", "养老机构备案承诺书", "o", "form", 1, notes="承诺符合消防、建筑、卫生等标准")
mat("frdj", "养老机构法人登记证书", "oce", "id", 1, notes="营业执照或事业单位法人证书、民办非企业单位登记证书")
mat("cwjs", "床位数量、服务设施及服务项目说明", "oe", "other", 1)
mat("gezm", "父母死亡或宣告死亡、失踪的证明", "oc", "proof", 1,
    notes="死亡证明、人民法院宣告死亡或宣告失踪的判决书等")
mat("wrfy", "父母重残、重病、服刑、失联等情形证明", "oc", "proof", 1,
    notes="残疾人证、诊断证明、服刑通知书、公安机关出具的失联报警回执等任一种")
mat("sydj", "收养登记申请书", "o", "form", 1)
mat("syzm", "收养人家庭情况证明", "o", "proof", 1,
    notes="婚姻状况、有无子女、抚养教育被收养人的能力、身体健康检查证明等")
mat("sbsy", "被收养人情况证明", "oc", "proof", 1,
    notes="生父母同意送养的书面意见或社会福利机构出具的孤儿、查找不到生父母的证明等")
mat("tjzm", "收养人县级以上医疗机构体检证明", "o", "proof", 1)
mat("mpsq", "门牌号码编制申请表", "oe", "form", 1)
mat("ghxk", "建设工程规划许可证或竣工验收材料", "oc", "id", 1, notes="复印件加盖公章")
mat("pmt", "总平面图及建筑物出入口位置示意图", "oc", "other", 1)

it("最低生活保障申请", "低保申请", "低保 最低生活保障 城市低保 低保户 救助", "dsc", "GF", (30, 20),
   "sfz1 hkb SQ hdsq jtsr zdzm cjrz_c wts?", "o",
   ["社救:9,11", "低保办法", LOCAL("最低生活保障实施细则")], "最低生活保障审核确认决定书",
   tbl="最低生活保障申请书", st="sa", form="P HJ FAM BANK A",
   x="applyReason:主要致困原因:choice:家庭成员患重病|家庭成员残疾|失业|缺乏劳动能力|其他:r")
it("最低生活保障边缘家庭认定", "低保边缘认定", "低边 低收入家庭 低保边缘 低收入人口", "dsc", "QR", (30, 20),
   "sfz hkb SQ hdsq jtsr hdbg zdzm wts?", "o",
   ["社救", "低保办法", LOCAL("低收入人口认定办法")], "最低生活保障边缘家庭认定决定书",
   tbl="最低生活保障边缘家庭认定申请书", st="sa", form="P HJ FAM A")
it("特困人员救助供养申请", "特困供养", "特困 特困人员认定 五保 供养 孤寡老人", "dsc", "GF", (30, 20),
   "sfz1 hkb SQ hdsq jtsr cjrz_c zdzm zlnl?", "o",
   ["社救:14,15,16", "特困办法", "《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕14号）"],
   "特困人员救助供养证", tbl="特困人员救助供养申请书", st="sa", form="P HJ BANK A",
   x="supportMode:供养方式:choice:分散供养|集中供养:r;selfCare:生活自理能力:choice:具备生活自理能力|部分丧失生活自理能力|完全丧失生活自理能力:r")
it("特困人员集中供养入住申请", "集中供养入住", "敬老院入住 特困 集中供养 福利院", "dsc", "GF", (20, 10),
   "sfz hjzm SQ zlnl! jzgy wts? dlsfz?", "",
   ["社救:16", "特困办法"], "集中供养入住通知书", sub=True, st="st",
   x="preferredInstitution:意向供养机构:text;selfCare:生活自理能力:choice:具备生活自理能力|部分丧失生活自理能力|完全丧失生活自理能力:r")
it("临时救助申请", "临时救助", "急难救助 临时困难 急难型救助 支出型困难", "dsc", "GF", (15, 10),
   "sfz hkb SQ hdsq sgzm yljf wts? dlsfz?", "o",
   ["社救:47,48,49", "《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）"], "临时救助审批决定",
   tbl="临时救助申请书", st="sa", form="P FAM BANK A",
   x="emergencyType:困难类型:choice:急难型|支出型:r;emergencyDesc:困难情况说明:text:r")
it("支出型困难家庭救助申请", "支出型救助", "因病支出型 大额医疗 支出型困难家庭", "dsc", "GF", (30, 20),
   "sfz hkb SQ hdsq jtsr yljf! zdzm wts?", "o",
   ["社救", LOCAL("支出型困难家庭救助办法")], "救助审批决定书",
   tbl="支出型困难家庭救助申请书", st="sa", form="P FAM BANK A")
it("困难残疾人生活补贴和重度残疾人护理补贴申请", "残疾人两项补贴", "两项补贴 残疾人补贴 护理补贴 生活补贴 重残", "dsc", "GF", (20, 10),
   "sfz cjrz hkb SQ yhk dbz_c wts? jhgx?", "to",
   ["残保法", "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）"],
   "残疾人两项补贴审核结果通知", tbl="残疾人两项补贴申请审批表", st="st", form="P DIS BANK A",
   x="subsidyType:申请补贴类别:multiChoice:困难残疾人生活补贴|重度残疾人护理补贴:r")
it("高龄津贴申领", "高龄津贴", "高龄补贴 长寿金 老人津贴 80岁补贴 百岁老人", "dsc", "GF", (20, 10),
   "sfz hkb SQ yhk wts? dlsfz?", "to",
   ["老年法:33", LOCAL("高龄老人津贴发放办法")], "高龄津贴核定通知", tbl="高龄津贴申请表",
   st="st", form="P HJ BANK A")
it("经济困难老年人养老服务补贴申请", "养老服务补贴", "居家养老补贴 失能老人补贴 护理补贴 老人", "dsc", "GF", (20, 10),
   "sfz hkb SQ dbz_c zlnl? wts?", "t",
   ["老年法", LOCAL("经济困难老年人养老服务补贴实施办法")], "养老服务补贴核定通知",
   st="st", form="P HJ A",
   x="careLevel:老年人能力评估等级:choice:能力完好|轻度失能|中度失能|重度失能|完全失能")
it("老年人优待证办理", "老年人优待证", "老人证 敬老卡 优待卡 老年证 免费乘车", "dsc", "GG", (5, 0),
   "sfz zp1 SQ wts? dlsfz?", "tm",
   ["老年法", LOCAL("老年人优待办法")], "老年人优待证", tbl="老年人优待证申请表",
   form="P A")
it("家庭养老床位建设申请", "家庭养老床位", "居家养老 适老化改造 养老床位 上门照护", "dsc", "GG", (15, 10),
   "sfz hkb SQ zlnl! bdcz? zlht? wts?", "ta",
   ["老年法", LOCAL("家庭养老床位建设和服务管理办法")], "家庭养老床位服务协议",
   st="st", form="P HOUSE A",
   x="careLevel:老年人能力评估等级:choice:能力完好|轻度失能|中度失能|重度失能|完全失能:r;serviceItems:拟选服务项目:multiChoice:生活照料|助餐助浴|康复护理|精神慰藉|紧急呼叫|适老化改造")
it("养老机构备案", "养老机构备案", "养老院 敬老院 护理院 养老机构", "d", "QT", (5, 0),
   "ylba ylcn frdj zhusuo cwjs frsfz dwwts? jbrsfz?", "o",
   ["老年法", "养老机构"], "养老机构备案回执", form="E",
   x="bedCount:核定床位数:number:r;serviceType:服务类型:multiChoice:自理照料|失能照护|认知症照护|医养结合:r")
it("内地居民婚姻登记（结婚登记）", "结婚登记", "领证 结婚证 登记结婚 婚姻登记", "d", "QR", (0, 0),
   "sfz hyqm hyzp", "ta",
   ["民法典:1046,1047,1049", "婚登:@2"], "结婚证",
   place="示范区婚姻登记处（和平路26号，区民政局一楼）",
   hours="周一至周五 8:30-12:00，13:30-17:00（法定节假日除外；“5·20”、七夕等特殊日期另行公告）",
   form="COUPLE", notes={"sfz": "男女双方居民身份证原件；2025年5月10日起无需提交户口簿"},
   x="premaritalCheck:是否已参加婚前医学检查:bool;ceremony:是否参加颁证仪式:bool")
it("内地居民婚姻登记（离婚登记）", "离婚登记", "协议离婚 离婚证 离婚冷静期", "d", "QR", (30, 30),
   "sfz jhz2 lhxy lhsq zp2", "a",
   ["民法典:1076,1077,1078", "婚登:@3"], "离婚证", sub=True, st="div",
   place="示范区婚姻登记处（和平路26号，区民政局一楼）", form="COUPLE",
   x="hasMinorChild:是否有未成年子女:bool;childArrangement:子女抚养安排:text:r:@hasMinorChild=true")
it("补领婚姻登记证", "补领结婚证", "补办结婚证 补领离婚证 结婚证遗失 婚姻登记证补领", "d", "QR", (0, 0),
   "sfz bljz zp2", "ta",
   ["婚登"], "补发的结婚证或离婚证", sub=True,
   place="示范区婚姻登记处（和平路26号，区民政局一楼）", form="P0",
   x="certKind:补领证件类型:choice:结婚证|离婚证:r;regYear:原登记年份:number:r;spouseName:原登记配偶姓名:text:r")
it("婚姻登记档案查询", "婚姻档案查询", "婚姻状况查询 婚姻登记记录 婚姻证明 档案查询", "d", "GG", (5, 0),
   "sfz dacx wts? dlsfz?", "t",
   ["婚登", "《婚姻登记档案管理办法》"], "婚姻登记档案查询结果",
   place="示范区婚姻登记处（和平路26号，区民政局一楼）", form="P0 A",
   x="queryPurpose:查询用途:choice:办理房产手续|办理公证|诉讼|其他:r")
it("惠民殡葬补贴申领", "殡葬补贴", "丧葬补贴 火化费减免 基本殡葬服务 殡葬费", "dsc", "GF", (10, 5),
   "sfz swzm hhzm hhfp SQ yhk sfz_l?", "t",
   ["殡葬", LOCAL("惠民殡葬政策实施办法")], "殡葬补贴发放通知", form="P BANK",
   x="deceasedName:逝者姓名:text:r;deceasedIdNo:逝者公民身份号码:residentId:r;deathDate:死亡日期:date:r;relationToDeceased:申请人与逝者关系:choice:配偶|子女|父母|其他亲属|其他:r")
it("生态安葬奖补申请", "生态安葬奖补", "海葬 树葬 花葬 节地生态安葬 骨灰撒散", "d", "GF", (20, 10),
   "sfz swzm azzm SQ yhk", "",
   ["殡葬", LOCAL("节地生态安葬奖补办法")], "奖补发放通知", form="P BANK",
   x="burialType:安葬方式:choice:海葬|树葬|花坛葬|草坪葬|骨灰撒散:r;deceasedName:逝者姓名:text:r")
it("社会团体成立登记", "社团成立登记", "社会团体 协会 学会 商会 社团登记", "d", "XK", (60, 20),
   "SQ zhangcheng zhusuo yanzi fzrjl zgdw?", "o",
   ["社团:9,10,11,12"], "社会团体法人登记证书", tbl="社会团体法人登记申请表", st="p",
   form="P0 FOUNDERS", x="orgName:社会团体名称:text:r;orgAddress:住所:address:r;activityArea:活动地域:text:r;fundAmount:注册资金（万元）:number:r;memberCount:会员数量:number:r")
it("社会团体变更登记", "社团变更登记", "社团变更 换届 法定代表人变更 住所变更", "d", "XK", (30, 15),
   "SQ djzs hyjy zhangcheng? zgdw? fzrjl?", "o",
   ["社团:18"], "变更后的社会团体法人登记证书", tbl="社会团体变更登记申请表", sub=True,
   form="E", cond={"zhangcheng": "变更事项涉及章程修改的", "fzrjl": "变更法定代表人的"},
   x="changeItems:变更事项:multiChoice:名称|住所|业务范围|活动地域|法定代表人|注册资金|业务主管单位:r")
it("社会团体注销登记", "社团注销登记", "社团注销 解散", "d", "XK", (30, 15),
   "SQ djzs hyjy qsbg zgdw?", "",
   ["社团:19,20"], "准予注销登记通知书", tbl="社会团体注销登记申请表", sub=True, form="E",
   x="dissolveReason:注销原因:choice:完成宗旨自行解散|分立合并|其他原因终止:r")
it("民办非企业单位成立登记", "民非成立登记", "社会服务机构 民办非企业 民非 培训中心 养老服务中心", "d", "XK", (60, 20),
   "SQ zhangcheng zhusuo yanzi fzrjl zgdw?", "o",
   ["民非:8,9,11"], "民办非企业单位（法人）登记证书", tbl="民办非企业单位（法人）登记申请表",
   form="P0 FOUNDERS", x="orgName:单位名称:text:r;orgAddress:住所:address:r;fundAmount:开办资金（万元）:number:r;businessScope:业务范围:text:r")
it("民办非企业单位变更登记", "民非变更登记", "社会服务机构变更 民非变更", "d", "XK", (30, 15),
   "SQ djzs hyjy zhangcheng? zgdw?", "o",
   ["民非:15"], "变更后的登记证书", tbl="民办非企业单位变更登记申请表", sub=True, form="E",
   cond={"zhangcheng": "变更事项涉及章程修改的"},
   x="changeItems:变更事项:multiChoice:名称|住所|宗旨和业务范围|法定代表人|开办资金|业务主管单位:r")
it("民办非企业单位注销登记", "民非注销登记", "社会服务机构注销 民非注销", "d", "XK", (30, 15),
   "SQ djzs hyjy qsbg zgdw?", "",
   ["民非:16,17"], "准予注销登记通知书", tbl="民办非企业单位注销登记申请表", sub=True, form="E")
it("社会组织年度检查", "社会组织年检", "年检 年报 社团年检 民非年检", "d", "QT", (30, 20),
   "njbg cwbg djzs frsfz", "o",
   ["社团:28", "民非:23", "《社会团体年度检查暂行办法》"], "年度检查结论", form="E",
   notes={"djzs": "核验原件，年检结论加注于证书副本"})
it("慈善组织认定", "慈善组织认定", "慈善 慈善组织 认定慈善组织", "d", "QR", (20, 20),
   "SQ djzs zhangcheng cszd cwbg hyjy", "o",
   ["慈善法:10"], "慈善组织认定决定（登记证书载明慈善组织属性）", tbl="慈善组织认定申请书",
   form="E")
it("公开募捐资格审核", "公募资格", "公开募捐 募捐资格 慈善募捐", "d", "XK", (20, 20),
   "SQ djzs cszd mjfa cwbg hyjy", "o",
   ["慈善法:@3", "《慈善组织公开募捐管理办法》"], "公开募捐资格证书", tbl="公开募捐资格申请书",
   form="E")
it("孤儿基本生活费申请", "孤儿生活费", "孤儿 孤儿补贴 孤儿养育", "dsc", "GF", (20, 10),
   "SQ hkb gezm jhgx! sfz yhk", "",
   ["《国务院办公厅关于加强孤儿保障工作的意见》（国办发〔2010〕54号）"], "孤儿基本生活费核定通知",
   st="st", form="CHILD BANK", notes={"sfz": "监护人居民身份证"})
it("事实无人抚养儿童认定及基本生活补贴申请", "事实无人抚养儿童", "困境儿童 无人抚养 留守儿童 父母服刑", "dsc", "GF", (25, 15),
   "SQ hkb wrfy jhgx! sfz yhk", "",
   ["《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》（民发〔2019〕62号）"],
   "事实无人抚养儿童认定决定", st="st", form="CHILD BANK",
   x="parentSituation:父母情形:multiChoice:重残|重病|服刑在押|强制隔离戒毒|失联|死亡:r")
it("收养登记", "收养登记", "领养 收养 抱养 收养子女", "d", "QR", (30, 30),
   "sydj sfz hkb syzm tjzm sbsy zp2", "a",
   ["民法典:1093,1098,1105", "《中国公民收养子女登记办法》"], "收养登记证", st="p",
   form="COUPLE", x="adopteeName:被收养人姓名:text:r;adopteeBirth:被收养人出生日期:date:r;adopteeSource:被收养人来源:choice:社会福利机构抚养|生父母送养|其他监护人送养:r")
it("生活无着的流浪乞讨人员救助", "流浪乞讨救助", "救助站 流浪 乞讨 返乡救助 寻亲", "d", "GF", (1, 0),
   "SQ sfz?", "",
   ["《城市生活无着的流浪乞讨人员救助管理办法》"], "救助登记",
   place="示范区救助管理站（东环路9号，24小时开放）", hours="全天24小时",
   cond={"sfz": "随身携带身份证件的"}, form="P0",
   x="needs:需要的救助:multiChoice:食宿|急病救治|联系亲属|返乡乘车凭证:r")
it("社会救助对象信息变更", "救助信息变更", "低保变更 救助金账户变更 家庭人口变化 特困变更", "dsc", "GG", (10, 0),
   "sfz jyxx yhk? hkb?", "to",
   ["社救", "低保办法"], "信息变更回执", form="P BANK",
   cond={"yhk": "变更救助金发放账户的", "hkb": "家庭成员户籍发生变化的"},
   x="changeType:变更事项:multiChoice:救助金发放账户|联系方式|共同生活家庭成员|居住地址:r")
it("门牌号码编制申请", "门牌编制", "门牌 楼牌 地址编码 门楼牌 地名", "d", "GG", (10, 5),
   "mpsq ghxk pmt yyzz? sfz", "m",
   ["地名", LOCAL("门楼牌管理办法")], "门牌号码编制通知书", form="P0",
   cond={"yyzz": "由单位申请的"},
   x="buildingName:建筑物名称:text:r;buildingAddress:建筑物坐落:address:r;doorCount:需编制门牌数量:number:r")

# ==========================================================================
# 区人力资源和社会保障局
# ==========================================================================
dept("RS", "区人力资源和社会保障局", "人社", "0755-80001202",
     "%s二楼人社综合窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道政务服务中心就业社保窗口", community="各社区就业社保服务站",
     hours=CENTRE_HOURS)

mat("jycyz", "就业创业证", "oce", "id", 0, notes="可出示电子就业创业证")
mat("yyzz_c", "营业执照", "oce", "id", 1, "c", "以个体经营或创办企业方式就业的")
mat("ldht_c", "劳动合同", "oc", "contract", 1, "c", "在用人单位就业的",
    "用人单位已通过网上办理就业登记的，可免于提交")
mat("jcld_c", "解除或终止劳动关系证明", "oc", "proof", 1, "c", "与原用人单位解除或终止劳动关系的")
mat("jkzm", "就业困难情形证明材料", "oc", "proof", 1, "c", "相关情形无法通过数据共享核验的",
    "如残疾人证、低保证明、零就业家庭证明等")
mat("ljfp", "缴费凭证或银行扣款协议", "oc", "other", 1, "n", notes="委托银行代扣的提供签约回执")
mat("txsp", "职工退休审批表", "o", "form", 2)
mat("rsda", "本人人事档案", "o", "other", 1, "c", "档案由区人才服务机构以外的单位保管的",
    "由存档单位密封转递，个人不得自带")
mat("gzzm", "参保缴费凭证（转出地开具的参保缴费凭证）", "oce", "proof", 1,
    notes="可由经办机构通过全国社保转移系统获取，获取不到的由本人提供")
mat("qsgx", "申领人与逝者的亲属关系证明", "oc", "proof", 1, notes="户口簿、结婚证、出生医学证明等")
mat("jcdj", "继承权公证书或其他继承权证明", "oc", "proof", 1, "c", "多名继承人对领取存在争议或须指定领取人的")
mat("cyjh", "创业项目计划书", "oe", "other", 1)
mat("ssns", "经营场所租赁合同或产权证明", "oc", "contract", 1)
mat("jnzs", "职业资格证书或职业技能等级证书", "oce", "id", 1)
mat("pxfp", "培训费发票", "oc", "proof", 1)
mat("jxxy", "就业见习协议", "oc", "contract", 1)
mat("jxmd", "见习人员花名册及考勤记录", "oe", "other", 1, notes="加盖单位公章")
mat("jdsq", "就业见习单位（基地）申报表", "oe", "form", 1)
mat("sbmd", "吸纳人员社会保险缴费明细", "oe", "other", 1, notes="可由经办机构通过系统核查")
mat("ldgx", "劳动关系证明材料", "oc", "proof", 1,
    notes="劳动合同、工资支付记录、工作证、考勤记录等任一种")
mat("zdzs", "医疗机构出具的受伤后诊断证明书或职业病诊断证明书", "oc", "proof", 1)
mat("sgrd", "事故认定或相关证明材料", "oc", "proof", 1, "c", "因交通事故或其他第三方原因受伤的",
    "交通事故认定书、公安机关证明、人民法院判决书等")
mat("jzdj", "工伤认定决定书", "oc", "proof", 1)
mat("bltx", "病历资料及医学检查报告", "oc", "proof", 1, notes="近期完整病历，含影像资料")
mat("gsfp", "工伤医疗费用票据及明细", "oc", "proof", 1, "c", "申请工伤医疗费用报销的")
mat("jdjl", "劳动能力鉴定结论书", "oc", "proof", 1, "c", "申请伤残待遇的")
mat("zcsqs", "仲裁申请书", "o", "form", 2, notes="按被申请人人数提交副本")
mat("bsqr", "被申请人主体资格信息", "oe", "proof", 1, notes="企业信用信息公示系统查询打印件即可")
mat("zjcl", "证据材料及证据目录", "oc", "proof", 1, notes="按被申请人人数提交复印件")
mat("tssq", "劳动保障监察投诉书", "oe", "form", 1, notes="写明被投诉单位名称、地址和违法事实")
mat("qxzj", "被拖欠工资的相关证据", "oc", "proof", 1, "n", notes="工资条、考勤记录、聊天记录等")
mat("gssp", "特殊工时制度申请表", "oe", "form", 1)
mat("ghyj", "工会或职工代表意见", "o", "proof", 1)
mat("gwsm", "实行特殊工时岗位及人员名单", "oe", "other", 1, notes="加盖公章")
mat("xxbz", "职工休息休假及劳动保护措施说明", "oe", "other", 1)
mat("zczb", "注册资本实缴证明", "oc", "proof", 1, notes="注册资本不得少于人民币二百万元")
mat("jycs", "经营场所使用证明", "oc", "proof", 1)
mat("glzd", "劳务派遣管理制度文本", "oe", "other", 1, notes="含劳动合同、劳动报酬、社会保险、工作时间等内容")
mat("xkz_ld", "劳务派遣经营许可证", "o", "id", 1)
mat("rzzd", "人力资源服务机构管理制度", "oe", "other", 1)
mat("zzry", "专职工作人员名单及资格证明", "oe", "other", 1)
mat("sbdj", "社会保险登记表", "oe", "form", 1)
mat("zyrm", "参保职工花名册", "oe", "other", 1, notes="可通过网上经办系统导入")
mat("bgwj", "登记事项变更的批准文件或证明", "oc", "proof", 1)
mat("zxwj", "注销或终止的法律文书", "oc", "proof", 1, notes="营业执照注销通知书、破产裁定书或撤销批准文件等")

it("就业登记", "就业登记", "入职登记 就业备案 新就业 就业信息登记", "dsc", "GG", (5, 0),
   "sfz ldht_c yyzz_c", "to",
   ["就促法", "就业规定"], "就业登记记录（就业创业证电子记录）",
   x="employmentType:就业形式:choice:单位就业|个体经营|灵活就业|创办企业:r;employer:就业单位:text:@employmentType=单位就业;startDate:就业日期:date:r")
it("失业登记", "失业登记", "失业证 失业人员登记 登记失业 失业", "dsc", "GG", (5, 0),
   "sfz jcld_c cns", "to",
   ["就促法", "就业规定"], "失业登记记录",
   x="lastEmployer:原工作单位:text;lossReason:失业原因:choice:合同期满终止|单位解除|本人辞职|毕业未就业|其他:r;jobWanted:求职意向:text")
it("《就业创业证》申领", "就业创业证", "失业证 就业失业登记证 就创证 就业证", "dsc", "GG", (5, 0),
   "sfz zp1~", "tm",
   ["就促法", "就业规定"], "就业创业证", x="cardForm:证件形式:choice:电子证|纸质证:r")
it("就业困难人员认定", "就业困难认定", "就业困难 就困 困难人员认定 4050", "dsc", "QR", (15, 7),
   "sfz jycyz SQ jkzm cns", "to",
   ["就促法:52", LOCAL("就业困难人员认定办法")], "就业困难人员认定结果",
   tbl="就业困难人员认定申请表",
   x="hardshipType:困难类别:multiChoice:大龄失业人员|残疾人|低保家庭成员|零就业家庭成员|连续失业一年以上|其他:r")
it("求职登记与职业介绍", "求职登记", "找工作 职业介绍 招聘 岗位推荐 就业服务", "dsc", "GG", (1, 0),
   "sfz byz?", "toa",
   ["就促法:35"], "求职登记回执及岗位推荐信息", cond={"byz": "应届高校毕业生登记的"},
   x="jobWanted:求职意向岗位:text:r;education:最高学历:choice:初中及以下|高中/中专|大专|本科|研究生:r;expectedSalary:期望月薪（元）:number")
it("灵活就业人员社会保险参保登记", "灵活就业参保", "个人缴社保 自由职业 个人参保 社保 灵活就业", "dsc", "GG", (5, 0),
   "sfz SQ ljfp~", "to",
   ["社险法:10,23,58"], "参保登记回执", tbl="灵活就业人员参保登记表",
   x="insureTypes:参保险种:multiChoice:企业职工基本养老保险|职工基本医疗保险:r;contributionBase:缴费基数档次:choice:60%|100%|150%|200%|300%:r")
it("城乡居民基本养老保险参保登记", "居民养老参保", "居民养老保险 新农保 城乡养老 城居保", "dsc", "GG", (5, 0),
   "sfz hkb SQ", "to",
   ["社险法:20,22", "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"],
   "参保登记回执", tbl="城乡居民基本养老保险参保登记表", form="P HJ",
   x="contributionLevel:缴费档次（元/年）:choice:300|500|800|1000|1500|2000|3000|4000|5000:r")
it("城乡居民基本养老保险参保信息变更", "居民养老信息变更", "居民养老变更 缴费档次变更", "dsc", "GG", (5, 0),
   "sfz SQ hkb?", "to",
   ["社险法:20,22"], "变更登记回执", sub=True, tbl="城乡居民基本养老保险变更登记表",
   cond={"hkb": "变更户籍信息的"},
   x="changeItems:变更事项:multiChoice:联系方式|缴费档次|户籍信息|银行账户:r")
it("城乡居民基本养老保险待遇申领", "居民养老金领取", "领养老金 居民养老金 城乡居民养老待遇", "dsc", "GF", (20, 5),
   "sfz hkb yhk SQ", "to",
   ["社险法:20,21,22", "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"],
   "待遇核定通知", tbl="城乡居民基本养老保险待遇申领表", form="P HJ BANK A")
it("企业职工正常退休申请及基本养老金核定", "退休申请", "办理退休 退休 养老金核定 退休手续 延迟退休", "ds", "GF", (20, 10),
   "sfz txsp rsda? yhk wts?", "o",
   ["社险法:16", "《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》",
    "《国务院关于渐进式延迟法定退休年龄的办法》"], "基本养老金核定表",
   x="retireType:退休类型:choice:正常退休|弹性提前退休|弹性延迟退休:r;plannedDate:拟退休日期:date:r")
it("城乡居民基本养老保险待遇领取资格认证", "养老待遇资格认证", "生存认证 养老金认证 刷脸认证 领取资格认证", "dsc", "GG", (1, 0),
   "sfz sbk~", "to",
   ["社险法", LOCAL("社会保险待遇领取资格认证经办规程")], "资格认证记录", form="P0 A",
   x="method:认证方式:choice:窗口认证|上门认证|数据比对认证:r")
it("基本养老保险关系转移接续", "养老关系转移", "社保转移 跨省转移 养老保险转入 转出 社保接续", "dsc", "GG", (15, 10),
   "sfz SQ gzzm", "tmo",
   ["社险法:19", "《城镇企业职工基本养老保险关系转移接续暂行办法》"], "基本养老保险关系转移接续联系函",
   tbl="基本养老保险关系转移接续申请表",
   x="transferDirection:转移方向:choice:转入本区|从本区转出:r;otherRegion:对方参保地:text:r")
it("社会保险个人权益记录查询打印", "社保缴费证明", "社保清单 参保证明 社保记录 缴费明细 参保凭证", "dsc", "GG", (1, 0),
   "sfz wts? dlsfz?", "to",
   ["社险法:74"], "个人参保证明（加盖电子印章）", form="P0 A",
   x="printItems:打印内容:multiChoice:参保缴费证明|缴费明细|个人权益记录单:r;periodFrom:起始年月:date;periodTo:截止年月:date")
it("社会保障卡申领", "社保卡申领", "社保卡 办社保卡 第三代社保卡 社会保障卡 制卡", "dsc", "GG", (5, 0),
   "sfz zp1~ SQ jhgx?", "tma",
   ["社保卡办法", "社险法:58"], "社会保障卡", tbl="社会保障卡申领登记表",
   x="bankChoice:合作银行:choice:示范银行|城市商业银行|农村商业银行|邮政储蓄银行:r;instantCard:是否即时制卡:bool")
it("社会保障卡补换", "社保卡补换", "社保卡补办 社保卡换卡 社保卡丢失 社保卡损坏", "dsc", "GG", (5, 0),
   "sfz SQ sbk?", "tma",
   ["社保卡办法"], "社会保障卡", sub=True, tbl="社会保障卡补换申请表",
   cond={"sbk": "因损坏、信息变更换卡的"},
   x="reason:补换原因:choice:遗失补办|损坏换卡|信息变更换卡|有效期满换卡:r")
it("社会保障卡挂失与解挂", "社保卡挂失", "社保卡挂失 社保卡解挂 临时挂失 正式挂失", "dsc", "GG", (1, 0),
   "sfz SQ", "to",
   ["社保卡办法"], "挂失（解挂）回执", sub=True, form="P0", tbl="社会保障卡挂失（解挂）申请表",
   x="operation:办理类型:choice:临时挂失|正式挂失|解除挂失:r")
it("失业保险金申领", "失业金申领", "失业金 失业保险金 领失业金 失业待遇", "dsc", "GF", (10, 3),
   "sfz jcld yhk SQ", "to",
   ["社险法:45,50", "失业条例:14,16"], "失业保险金核定通知", tbl="失业保险金申领登记表",
   form="P BANK A", x="lastEmployer:原参保单位:text:r;separationDate:解除劳动关系日期:date:r")
it("丧葬补助金和抚恤金申领", "丧葬抚恤金", "丧葬费 抚恤金 遗属待遇 养老保险死亡待遇", "dsc", "GF", (20, 10),
   "sfz swzm qsgx yhk SQ jcdj?", "to",
   ["社险法:17"], "丧葬补助金和抚恤金核定通知", form="P BANK",
   x="deceasedName:逝者姓名:text:r;deceasedIdNo:逝者公民身份号码:residentId:r;deathDate:死亡日期:date:r")
it("基本养老保险个人账户一次性支付申领", "个人账户一次性支付", "个人账户退还 个账返还 出国定居 死亡继承", "ds", "GF", (20, 10),
   "sfz SQ yhk swzm? qsgx? jcdj?", "o",
   ["社险法:14"], "个人账户一次性支付核定表", form="P BANK A",
   cond={"swzm": "参保人员死亡的", "qsgx": "由继承人申领的"},
   x="reason:申领原因:choice:参保人员死亡|出国（境）定居|其他规定情形:r")
it("一次性创业资助申请", "创业资助", "创业补贴 开业补贴 创业扶持 一次性创业", "ds", "GF", (30, 15),
   "sfz yyzz ssns SQ yhk", "o",
   ["就促法", LOCAL("创业扶持补贴管理办法")], "创业资助审核结果通知",
   form="P BANK", x="entName:创办主体名称:text:r;entUscc:统一社会信用代码:uscc:r;foundDate:成立日期:date:r;personType:申请人类别:choice:高校毕业生|退役军人|登记失业人员|返乡创业人员|脱贫人口|其他:r")
it("创业担保贷款申请", "创业担保贷款", "创业贷 贴息贷款 创业贷款 小额担保贷款", "ds", "GG", (20, 15),
   "sfz yyzz cyjh SQ jhz_c", "o",
   ["《财政部 人力资源社会保障部 中国人民银行关于进一步加大创业担保贷款贴息力度全力支持重点群体创业就业的通知》（财金〔2020〕21号）"],
   "创业担保贷款资格审核意见", form="P",
   x="loanAmount:申请贷款金额（万元）:number:r;loanTerm:贷款期限（年）:choice:1|2|3:r;entName:经营主体名称:text:r")
it("灵活就业人员社会保险补贴申领", "灵活就业社保补贴", "社保补贴 就业困难社保补贴 灵活就业补贴", "dsc", "GF", (20, 10),
   "sfz jycyz SQ yhk", "to",
   ["就促法:52", LOCAL("就业补助资金管理办法")], "社会保险补贴核定通知", form="P BANK",
   x="subsidyPeriod:申请补贴期间:text:r")
it("职业技能培训补贴申领", "培训补贴", "技能培训补贴 职业培训补贴 培训费补贴", "ds", "GF", (30, 15),
   "sfz jnzs pxfp SQ yhk", "o",
   ["《国务院关于推行终身职业技能培训制度的意见》（国发〔2018〕11号）", LOCAL("职业技能培训补贴管理办法")],
   "培训补贴核定通知", form="P BANK",
   x="trainingProgram:培训项目（工种）:text:r;certLevel:取得证书等级:choice:五级/初级工|四级/中级工|三级/高级工|二级/技师|一级/高级技师:r")
it("技能提升补贴申领", "技能提升补贴", "技能补贴 失业保险技能提升 考证补贴", "dsc", "GF", (20, 10),
   "sfz jnzs SQ yhk", "to",
   ["失业条例", LOCAL("失业保险技能提升补贴实施办法")], "技能提升补贴核定通知", form="P BANK",
   x="certLevel:证书等级:choice:五级/初级工|四级/中级工|三级/高级工|二级/技师|一级/高级技师:r;certDate:发证日期:date:r")
it("高校毕业生就业见习补贴申领", "见习补贴", "就业见习 见习补贴 毕业生见习", "d", "GF", (20, 10),
   "yyzz jxxy jxmd SQ", "o",
   ["就促法", LOCAL("高校毕业生就业见习管理办法")], "见习补贴核定通知", form="E BANK TRAINEES",
   x="subsidyPeriod:申请补贴期间:text:r")
it("就业见习单位（基地）认定", "见习单位认定", "见习基地 见习单位申报", "d", "QR", (20, 10),
   "jdsq yyzz frsfz dwwts?", "o",
   [LOCAL("高校毕业生就业见习管理办法")], "就业见习单位（基地）认定通知", form="E",
   x="positions:拟提供见习岗位数:number:r;industry:所属行业:text")
it("吸纳重点群体就业社会保险补贴申领", "企业吸纳就业补贴", "企业社保补贴 吸纳就业补贴 招用就业困难人员", "d", "GF", (20, 15),
   "yyzz sbmd ldht SQ", "o",
   ["就促法", LOCAL("就业补助资金管理办法")], "社会保险补贴核定通知", form="E BANK STAFF",
   x="subsidyPeriod:申请补贴期间:text:r")
it("失业保险稳岗返还", "稳岗返还", "稳岗补贴 失业保险返还 援企稳岗", "d", "GF", (20, 10),
   "SQ yyzz", "o",
   ["失业条例", LOCAL("失业保险稳岗返还实施办法")], "稳岗返还核定通知", form="E BANK",
   tbl="失业保险稳岗返还申请表", x="insuredCount:上年度参保职工人数:number:r")
it("高校毕业生人事档案接收", "毕业生档案接收", "人事档案 毕业生档案 报到 档案托管 人事代理", "d", "GG", (5, 0),
   "sfz byz SQ", "t",
   ["档案规定"], "档案接收回执", tbl="流动人员人事档案存档登记表",
   place="示范区人才服务中心（%s，政务服务中心四楼）" % CENTRE_ADDR,
   x="graduateSchool:毕业院校:text:r;graduateYear:毕业年份:number:r;education:学历:choice:大专|本科|硕士研究生|博士研究生:r")
it("流动人员人事档案转递", "档案转出", "档案转出 档案调出 档案迁移 转档", "d", "GG", (5, 3),
   "sfz SQ", "m",
   ["档案规定"], "档案转递通知单（机要转递）", tbl="流动人员人事档案转递申请表",
   place="示范区人才服务中心（%s，政务服务中心四楼）" % CENTRE_ADDR,
   x="receiverUnit:接收单位名称:text:r;receiverAddress:接收单位地址:address:r;receiverPhone:接收单位联系电话:phone")
it("流动人员人事档案政审（考察）材料出具", "档案政审", "政审 考察材料 档案证明", "d", "GG", (5, 3),
   "sfz SQ wts? dlsfz?", "m",
   ["档案规定"], "政审（考察）材料", place="示范区人才服务中心（%s，政务服务中心四楼）" % CENTRE_ADDR,
   x="requestingUnit:需求单位:text:r;purpose:用途:choice:入党|入职|参军|公务员考察|其他:r")
it("流动人员人事档案查（借）阅", "档案查阅", "查档案 档案查阅 档案复印", "d", "GG", (3, 0),
   "sfz SQ", "",
   ["档案规定"], "档案查（借）阅登记", place="示范区人才服务中心（%s，政务服务中心四楼）" % CENTRE_ADDR,
   x="requestUnit:查阅单位:text:r;purpose:查阅事由:text:r")
it("工伤认定申请", "工伤认定", "工伤 工伤申报 职业病 上下班途中受伤", "d", "QR", (60, 30),
   "SQ ldgx zdzs sfz sgrd? dwwts?", "om",
   ["工伤条例:14,15,17,18,20"], "认定工伤决定书或不予认定工伤决定书", tbl="工伤认定申请表",
   form="P E", cond={"dwwts": "由用人单位提出申请的"},
   x="injuryDate:受伤（诊断）时间:date:r;injuryPlace:受伤地点:text:r;injuryType:申请类型:choice:工作时间工作场所受伤|上下班途中交通事故|职业病|视同工伤情形|其他:r;injuryDesc:事故经过简述:text:r")
it("劳动能力鉴定申请", "劳动能力鉴定", "伤残鉴定 工伤鉴定 伤残等级 生活自理障碍", "d", "QR", (60, 40),
   "SQ jzdj bltx sfz", "om",
   ["工伤条例:21,22,23,25"], "劳动能力鉴定结论书", tbl="劳动能力鉴定申请表", form="P E",
   x="appraisalType:鉴定类型:choice:初次鉴定|复查鉴定|再次鉴定:r")
it("工伤保险待遇核定支付", "工伤待遇", "工伤赔偿 一次性伤残补助金 工伤报销 伤残津贴", "d", "GF", (20, 15),
   "SQ jzdj jdjl? gsfp? yhk", "o",
   ["工伤条例:30,35,36,37"], "工伤保险待遇核定表", tbl="工伤保险待遇申请表", form="P E BANK",
   x="benefitItems:申请待遇项目:multiChoice:医疗费|住院伙食补助费|一次性伤残补助金|伤残津贴|生活护理费|辅助器具费|供养亲属抚恤金:r")
it("劳动人事争议仲裁申请", "劳动仲裁", "仲裁 欠薪 辞退 劳动纠纷 经济补偿 违法解除", "d", "QT", (5, 5),
   "zcsqs sfz bsqr zjcl wts? dlsfz?", "om",
   ["仲裁法:2,27,28,29"], "受理通知书或不予受理通知书", st="arb",
   place="示范区劳动人事争议仲裁院（建设路12号）", form="P A",
   cond={"wts": "委托代理人参加仲裁的"},
   x="respondentName:被申请人名称:text:r;respondentAddress:被申请人地址:address:r;claims:仲裁请求:multiChoice:支付拖欠工资|经济补偿或赔偿金|加班费|未签劳动合同二倍工资|确认劳动关系|社会保险待遇损失|其他:r;claimAmount:请求金额合计（元）:number")
it("劳动保障监察投诉", "劳动监察投诉", "欠薪投诉 拖欠工资 劳动监察 举报投诉 讨薪", "dsc", "QT", (5, 3),
   "sfz tssq qxzj~", "to",
   ["监察条例:9,17"], "投诉受理告知", form="P A",
   x="employerName:被投诉单位:text:r;employerAddress:被投诉单位地址:address:r;issue:投诉事项:multiChoice:拖欠工资|未缴社会保险|未签劳动合同|超时加班|其他:r;workerCount:涉及人数:number")
it("企业实行不定时工作制和综合计算工时工作制审批", "特殊工时审批", "综合工时 不定时工时 特殊工时制", "d", "XK", (20, 10),
   "gssp yyzz gwsm ghyj xxbz dwwts?", "o",
   ["《国务院关于职工工作时间的规定》", "《关于企业实行不定时工作制和综合计算工时工作制的审批办法》"],
   "特殊工时制度审批决定书", form="E",
   x="hoursType:申请工时制度:choice:综合计算工时工作制|不定时工作制:r;staffCount:涉及职工人数:number:r;periodType:综合计算周期:choice:周|月|季|年:@hoursType=综合计算工时工作制")
it("劳务派遣经营许可", "劳务派遣许可", "劳务派遣 派遣许可证 劳务公司", "d", "XK", (20, 10),
   "SQ yyzz zczb jycs glzd frsfz", "om",
   ["劳合法:57", "派遣办法"], "劳务派遣经营许可证", tbl="劳务派遣经营许可申请书", st="ps", form="E",
   x="regCapital:实缴注册资本（万元）:number:r;siteArea:经营场所面积（平方米）:number:r")
it("劳务派遣经营许可变更延续", "劳务派遣变更延续", "派遣许可延续 派遣许可变更", "d", "XK", (20, 10),
   "SQ xkz_ld yyzz bgwj?", "om",
   ["派遣办法"], "劳务派遣经营许可证", sub=True, tbl="劳务派遣经营许可变更（延续）申请书",
   form="E", cond={"bgwj": "申请变更名称、住所、法定代表人或注册资本的"},
   x="applyType:申请类型:choice:变更|延续:r")
it("人力资源服务许可", "人力资源服务许可", "职业中介 人才中介 猎头 招聘服务 人力资源许可", "d", "XK", (20, 10),
   "SQ yyzz jycs rzzd zzry", "om",
   ["就促法:40", "人资条例:18,19"], "人力资源服务许可证", form="E",
   x="serviceItems:许可服务项目:multiChoice:职业介绍|职业指导|人才推荐|人才招聘|网络招聘|举办现场招聘会:r")
it("人力资源服务备案", "人力资源服务备案", "人力资源外包 人力资源管理咨询 人才测评 备案", "d", "QT", (5, 0),
   "SQ yyzz rzzd", "o",
   ["人资条例:19,20"], "人力资源服务备案凭证", form="E",
   x="serviceItems:备案服务项目:multiChoice:人力资源供求信息收集发布|就业和创业指导|人力资源管理咨询|人力资源测评|人力资源培训|承接人力资源服务外包:r")
it("用人单位社会保险登记", "单位参保登记", "企业社保开户 单位开户 社保登记 新参保单位", "d", "GG", (5, 0),
   "sbdj yyzz frsfz dwwts?", "o",
   ["社险法:57", "社险征缴:7"], "社会保险登记回执", form="E",
   x="bankForContribution:缴费开户银行:text:r;bankAccount:缴费账号:text:r")
it("用人单位社会保险登记变更", "单位参保变更", "单位社保变更 参保单位信息变更", "d", "GG", (5, 0),
   "sbdj yyzz bgwj", "o",
   ["社险法:57"], "变更登记回执", sub=True, form="E",
   x="changeItems:变更事项:multiChoice:单位名称|地址|法定代表人|开户银行|单位类型:r")
it("用人单位社会保险注销登记", "单位参保注销", "单位社保注销 社保销户", "d", "GG", (10, 5),
   "sbdj zxwj yyzz?", "o",
   ["社险法:57"], "注销登记回执", sub=True, form="E",
   cond={"yyzz": "营业执照尚未注销的"})
it("职工参保登记", "职工增减员", "社保增员 社保减员 停保 职工参保 入职参保", "d", "GG", (5, 0),
   "zyrm ldht_c jcld_c", "o",
   ["社险法:58"], "参保登记回执", form="E",
   x="changeType:办理类型:choice:增员（新参保、续保）|减员（停保）:r;staffCount:涉及人数:number:r")

# ==========================================================================
# 区卫生健康局
# ==========================================================================
dept("WJ", "区卫生健康局", "卫健", "0755-80001203",
     "%s三楼卫生健康窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道政务服务中心卫生健康窗口", community="各社区卫生服务中心（站）")

mat("fqsfz", "夫妻双方居民身份证", "oe", "id", 0)
mat("szns", "生育情况承诺书", "o", "form", 1, notes="承诺所填子女情况真实")
mat("gryz", "独生子女父母光荣证原证或登记记录", "oc", "id", 1, "c", "证件损毁申请换发的")
mat("dszm", "独生子女情况说明", "o", "proof", 1, notes="由户籍地街道（社区）核实")
mat("jsfzm", "子女死亡或伤残证明", "oc", "proof", 1, "c", "申请特别扶助的",
    "死亡医学证明、残疾人证（三级以上）等")
mat("jszm", "生育子女情况证明", "oc", "proof", 1, notes="由户籍地村（居）民委员会核实")
mat("csyxbf", "出生医学证明补发（换发）申请表", "o", "form", 1)
mat("zyjl", "分娩机构住院病历或出生记录复印件", "oc", "proof", 1, notes="加盖医疗机构公章")
mat("qzjd", "亲子鉴定证明", "o", "proof", 1, "c", "无法提供分娩记录或出生记录的",
    "具有资质的司法鉴定机构出具")
mat("ysz", "原出生医学证明", "o", "proof", 1, "c", "申请换发的", "收回原证")
mat("zsba", "诊所备案信息表", "oe", "form", 1)
mat("zsyh", "诊所主要负责人及执业人员资格证书", "oc", "id", 1,
    notes="医师资格证书、医师执业证书、护士执业证书等")
mat("zszd", "诊所规章制度及诊疗科目说明", "oe", "other", 1)
mat("zsxf", "房屋平面布局图及设施设备清单", "oc", "other", 1)
mat("yjdj", "医疗机构执业登记申请书", "oe", "form", 1)
mat("yjsz", "医疗机构设置批准文件或备案凭证", "oc", "proof", 1)
mat("yjry", "医疗机构人员名单及执业证书", "oe", "other", 1)
mat("yjzz", "医疗机构执业许可证正、副本", "o", "id", 1)
mat("yjjy", "医疗机构校验申请书及执业情况报告", "oe", "form", 1)
mat("ysz_zg", "医师资格证书", "oce", "id", 1)
mat("ystj", "近6个月内的健康体检证明", "o", "proof", 1, notes="县级以上医疗机构出具")
mat("pyzm", "拟执业机构聘用证明", "o", "proof", 1, notes="加盖拟执业机构公章")
mat("hszg", "护士执业资格考试成绩合格证明", "oce", "proof", 1)
mat("hssx", "护理临床实习证明", "o", "proof", 1, "c", "首次注册且考试合格超过3年的",
    "在教学或综合医院完成3个月临床护理培训并考核合格")
mat("hszs", "护士执业证书", "oce", "id", 1)
mat("wsjc", "卫生检测（评价）报告", "oc", "proof", 1, notes="具有资质的检测机构出具，近一年内")
mat("zyjk", "从业人员健康合格证明", "oc", "proof", 1, notes="直接为顾客服务的从业人员")
mat("wsgl", "卫生管理制度及卫生安全事故应急预案", "oe", "other", 1)
mat("wsxkz", "公共场所卫生许可证", "o", "id", 1)
mat("fspj", "放射诊疗建设项目职业病危害放射防护评价报告", "oc", "proof", 1)
mat("fssb", "放射诊疗设备清单及检测报告", "oc", "other", 1)
mat("fsry", "放射工作人员资格证明及个人剂量监测资料", "oc", "proof", 1)
mat("mbzg", "从事母婴保健技术服务人员资格证明", "oc", "id", 1)
mat("gsdw", "供水设施平面图及水处理工艺说明", "oc", "other", 1)
mat("szjc", "水质检验报告", "oc", "proof", 1, notes="近三个月内")
mat("jzz_c", "预防接种证", "o", "id", 0, "c", "补办或查验时原证尚存的")
mat("tyba", "托育机构备案书", "oe", "form", 1)
mat("tyxf", "场地消防安全证明材料", "oc", "proof", 1)
mat("tyjk", "工作人员健康证明及资格证书", "oc", "proof", 1)
mat("tycn", "托育机构备案承诺书", "o", "form", 1)
mat("hjjc", "婚前医学检查表", "o", "form", 1, notes="在检查机构现场填写")
mat("yebt", "婴幼儿出生医学证明或户口簿", "oce", "proof", 1, notes="可通过数据共享核验的免于提交")

it("生育登记服务", "生育登记", "准生证 生育服务证 一孩 二孩 三孩 生育服务登记 怀孕登记", "dsc", "GG", (1, 0),
   "fqsfz szns jhz_c", "to",
   ["人口法:18", "《国家卫生计生委关于做好生育登记服务工作的指导意见》（国卫指导发〔2016〕20号）"],
   "生育登记服务凭证（电子）", form="P A",
   x="birthOrder:本次登记为:choice:一孩|二孩|三孩及以上:r;expectedDate:预产期:date;spouseName:配偶姓名:text;spouseIdNo:配偶公民身份号码:residentId")
it("育儿补贴申领", "育儿补贴", "生育补贴 育儿补贴 3岁以下 婴幼儿补贴 每年3600元", "dsc", "GF", (20, 10),
   "sfz yebt yhk jhgx?", "to",
   ["《育儿补贴制度实施方案》", LOCAL("育儿补贴申领发放工作细则")], "育儿补贴核定通知",
   form="CHILD BANK",
   x="childOrder:婴幼儿孩次:choice:一孩|二孩|三孩及以上:r")
it("独生子女父母光荣证补发", "光荣证补发", "独生子女证 光荣证 独生子女父母光荣证 补办", "dsc", "GG", (10, 5),
   "sfz hkb SQ dszm gryz? zp1~", "",
   ["人口法:27", LOCAL("人口与计划生育条例")], "独生子女父母光荣证（或登记证明）",
   tbl="独生子女父母光荣证补发申请表", st="st",
   x="childName:独生子女姓名:text:r;childIdNo:独生子女公民身份号码:residentId:r;reason:申请原因:choice:遗失|损毁|未领取:r")
it("农村部分计划生育家庭奖励扶助资格确认", "计生奖励扶助", "计生奖扶 奖扶 农村独女户 双女户", "dsc", "GF", (30, 20),
   "sfz hkb SQ jszm yhk", "",
   ["人口法", "《国务院办公厅转发人口计生委财政部关于开展对农村部分计划生育家庭实行奖励扶助制度试点工作意见的通知》（国办发〔2004〕21号）"],
   "奖励扶助资格确认通知", st="st", form="P HJ BANK")
it("计划生育家庭特别扶助资格确认", "计生特别扶助", "特扶 失独 独生子女伤残 独生子女死亡", "dsc", "GF", (30, 20),
   "sfz hkb SQ jsfzm! jszm yhk", "",
   ["人口法", LOCAL("计划生育家庭特别扶助制度实施办法")], "特别扶助资格确认通知",
   st="st", form="P HJ BANK",
   x="helpType:扶助类型:choice:独生子女死亡|独生子女伤残（三级以上）:r")
it("独生子女父母奖励金申领", "独生子女奖励金", "独生子女奖励 退休奖励 一次性奖励", "dsc", "GF", (20, 10),
   "sfz hkb gryz? dszm SQ yhk", "",
   ["人口法:27", LOCAL("人口与计划生育条例")], "奖励金核定通知", st="st", form="P BANK",
   cond={"gryz": "领取过独生子女父母光荣证的"})
it("出生医学证明补发换发", "出生证补发", "出生证 出生证明补办 出生医学证明换发 出生证遗失", "d", "GG", (20, 10),
   "csyxbf fqsfz zyjl qzjd? ysz? hkb~", "m",
   ["母婴法:23", "《国家卫生健康委 公安部关于加强出生医学证明管理的通知》"],
   "出生医学证明", place="示范区妇幼保健院出生医学证明管理办公室（育才路5号）", form="CHILD",
   x="applyType:申请类型:choice:遗失补发|项目更正换发|损毁换发:r;birthHospital:出生医院:text:r")
it("诊所备案", "诊所备案", "开诊所 中医诊所 门诊部 个体诊所 诊所", "d", "QT", (1, 0),
   "zsba yyzz zsyh zszd zsxf frsfz", "o",
   ["基医法", "医机条例", "《诊所备案管理暂行办法》"], "诊所备案凭证", form="E SITE",
   x="clinicType:诊所类别:choice:普通诊所|中医诊所|口腔诊所|医疗美容诊所|其他:r;departments:诊疗科目:text:r")
it("医疗机构执业登记", "医疗机构执业登记", "医疗机构执业许可证 门诊部 医院执业登记", "d", "XK", (45, 20),
   "yjdj yjsz yyzz zsxf yjry zszd frsfz dwwts?", "om",
   ["基医法", "医机条例", "《医疗机构管理条例实施细则》"], "医疗机构执业许可证", st="ps",
   form="E SITE", x="institutionType:医疗机构类别:choice:门诊部|专科医院|护理院|康复医疗中心|其他:r;bedCount:床位数:number")
it("医疗机构变更登记", "医疗机构变更", "变更执业地点 变更诊疗科目 变更负责人", "d", "XK", (20, 10),
   "yjdj yjzz bgwj", "om",
   ["医机条例", "《医疗机构管理条例实施细则》"], "医疗机构执业许可证", sub=True, form="E",
   x="changeItems:变更事项:multiChoice:名称|地址|主要负责人|诊疗科目|床位数|所有制形式:r")
it("医疗机构注销登记", "医疗机构注销", "诊所注销 医疗机构停业 注销执业许可证", "d", "XK", (20, 5),
   "yjdj yjzz zxwj?", "o",
   ["医机条例", "《医疗机构管理条例实施细则》"], "注销登记通知", sub=True, form="E",
   cond={"zxwj": "营业执照或事业单位法人证书已注销的"},
   x="reason:注销原因:choice:停止执业|合并分立|执业许可证到期不再延续|其他:r;medicalRecords:病历资料保管安排:text:r")
it("医疗机构校验", "医疗机构校验", "执业许可证校验 医院校验", "d", "QT", (30, 15),
   "yjjy yjzz", "o",
   ["医机条例", "《医疗机构校验管理办法（试行）》"], "校验结论", form="E")
it("医师执业注册", "医师注册", "医生执业证 医师执业证书 医师注册 首次注册", "d", "XK", (20, 10),
   "SQ ysz_zg ystj pyzm sfz zp1", "om",
   ["医师法:13,14"], "医师执业证书（电子证照）", tbl="医师执业注册申请审核表",
   x="practiceCategory:执业类别:choice:临床|中医|口腔|公共卫生:r;practiceScope:执业范围:text:r;institution:拟执业机构:text:r")
it("医师变更执业注册", "医师变更注册", "医师变更 多机构执业 执业地点变更", "d", "XK", (20, 10),
   "SQ ysz_zg pyzm sfz", "om",
   ["医师法"], "医师执业证书（电子证照）", sub=True, tbl="医师变更执业注册申请审核表",
   x="changeItems:变更事项:multiChoice:执业地点|执业类别|执业范围|主要执业机构:r")
it("护士执业注册", "护士注册", "护士证 护士执业证书 护士首次注册", "d", "XK", (20, 10),
   "SQ sfz byz hszg ystj pyzm hssx? zp1", "om",
   ["护士条例:7,8"], "护士执业证书（电子证照）", tbl="护士执业注册申请审核表",
   x="institution:拟执业机构:text:r;practiceArea:执业地点:text:r")
it("护士延续注册", "护士延续注册", "护士证延续 护士证到期 护士再注册", "d", "XK", (20, 10),
   "SQ hszs ystj sfz", "om",
   ["护士条例:10"], "护士执业证书（电子证照）", sub=True, tbl="护士延续注册申请审核表")
it("公共场所卫生许可", "公共场所卫生许可", "卫生许可证 美容美发 宾馆 游泳馆 足浴 浴室 健身房", "d", "XK", (20, 7),
   "SQ yyzz csqz zxfw wsjc zyjk wsgl frsfz", "om",
   ["公场条例:8", "《公共场所卫生管理条例实施细则》"], "公共场所卫生许可证", tbl="公共场所卫生许可申请表",
   st="ps", form="E SITE",
   x="placeType:场所类别:choice:宾馆（酒店）|美容美发场所|沐浴场所|游泳场所|其他:r")
it("公共场所卫生许可延续变更", "卫生许可延续变更", "卫生许可证延续 卫生许可证变更", "d", "XK", (20, 7),
   "SQ wsxkz wsjc? yyzz", "om",
   ["公场条例:8", "《公共场所卫生管理条例实施细则》"], "公共场所卫生许可证", sub=True, form="E",
   cond={"wsjc": "申请延续的"},
   x="applyType:申请类型:choice:延续|变更单位名称|变更法定代表人|变更经营项目:r")
it("放射诊疗许可", "放射诊疗许可", "放射诊疗 X光 CT 牙片机 放射许可", "d", "XK", (20, 15),
   "SQ yjzz fspj fssb fsry", "om",
   ["放射规定", "辐射条例"], "放射诊疗许可证", tbl="放射诊疗许可申请表", st="ps", form="E",
   x="equipmentTypes:放射设备类别:multiChoice:口腔X射线机|X射线摄影（DR）|CT|乳腺摄影|介入放射:r")
it("母婴保健技术服务执业许可", "母婴保健技术许可", "产前筛查 助产技术 结扎 母婴保健", "d", "XK", (20, 15),
   "SQ yjzz mbzg zsxf", "om",
   ["母婴法:32,33", "《中华人民共和国母婴保健法实施办法》"], "母婴保健技术服务执业许可证",
   st="ps", form="E",
   x="techItems:申请技术项目:multiChoice:婚前医学检查|助产技术|结扎手术|终止妊娠手术:r")
it("集中式供水单位卫生许可", "供水卫生许可", "二次供水 供水许可 自来水 供水单位", "d", "XK", (20, 10),
   "SQ yyzz gsdw szjc zyjk wsgl", "om",
   ["《生活饮用水卫生监督管理办法》"], "卫生许可证", st="ps", form="E",
   x="supplyType:供水类型:choice:集中式供水|二次供水:r;dailyCapacity:日供水能力（吨）:number:r")
it("预防接种证补办", "接种证补办", "疫苗本 预防接种证 入学查验 入托查验 接种记录", "sc", "GG", (1, 0),
   "sfz jhgx jzz_c?", "t",
   ["疫苗法:47,48"], "预防接种证", form="CHILD",
   x="purpose:办理原因:choice:遗失补办|入托入学查验|出国留学翻译:r")
it("家庭医生签约服务", "家庭医生签约", "签约医生 家医签约 家庭医生 慢病管理", "sc", "GG", (1, 0),
   "sfz sbk~", "toa",
   ["基医法", "《关于推进家庭医生签约服务的指导意见》（国医改办发〔2016〕1号）"], "家庭医生签约服务协议",
   x="team:签约团队:text;servicePackage:服务包:choice:基础包|老年人包|慢病包|孕产妇包|儿童包|残疾人包:r")
it("孕产妇建册（母子健康手册）", "母子健康手册", "孕妇建档 建小卡 建册 孕产期保健", "sc", "GG", (1, 0),
   "sfz jhz_c", "toa",
   ["母婴法", "《国家基本公共卫生服务规范（第三版）》"], "母子健康手册",
   x="lastMenstrual:末次月经日期:date:r;gestationalWeeks:孕周:number")
it("65岁及以上老年人健康体检预约", "老年人体检", "免费体检 老年人健康管理 体检预约", "sc", "GG", (1, 0),
   "sfz sbk~", "toa",
   ["基医法", "《国家基本公共卫生服务规范（第三版）》"], "体检预约凭证", form="P0",
   x="preferredDate:预约体检日期:date:r")
it("托育机构备案", "托育机构备案", "托儿所 托育 婴幼儿照护 早教 托班", "d", "QT", (15, 5),
   "tyba yyzz tyxf tyjk tycn zxfw", "o",
   ["《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》（国办发〔2019〕15号）", "《托育机构设置标准（试行）》"],
   "托育机构备案回执", form="E SITE",
   x="capacity:收托规模（人）:number:r;careTypes:服务类型:multiChoice:全日托|半日托|计时托|临时托:r")
it("婚前医学检查预约", "婚检预约", "婚检 婚前检查 孕前检查 免费婚检", "d", "GG", (1, 0),
   "fqsfz hjjc", "toa",
   ["母婴法:7,12"], "婚前医学检查证明", form="COUPLE",
   place="示范区妇幼保健院婚育健康服务中心（育才路5号）",
   x="preferredDate:预约日期:date:r;pregnancyCheck:同时进行孕前优生检查:bool")

# ==========================================================================
# 区医疗保障局
# ==========================================================================
dept("YB", "区医疗保障局", "医保", "0755-80001204",
     "%s二楼医保窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道政务服务中心医保窗口", community="各社区医保服务点（社区党群服务中心）",
     hours=CENTRE_HOURS)

mat("ydba", "异地就医备案申请表", "oe", "form", 1)
mat("ydcn", "异地长期居住承诺书", "oe", "form", 1, notes="以个人承诺方式代替居住证明")
mat("zzzm", "转诊转院证明", "oce", "proof", 1, notes="由参保地二级及以上定点医疗机构出具")
mat("azzm_yb", "异地安置认定材料", "oc", "proof", 1, "c", "异地安置退休人员无法作出承诺的",
    "户口簿或居住证明")
mat("mtbl", "门诊慢特病病历及检查检验报告", "oc", "proof", 1, notes="二级及以上定点医疗机构出具，近一年内")
mat("mtsq", "门诊慢特病待遇认定申请表", "oe", "form", 1, notes="由具有认定资格的医师签署意见")
mat("ylfp", "医疗费用发票", "o", "proof", 1, notes="收费票据原件；电子票据可提供打印件")
mat("fymx", "费用明细清单", "oc", "proof", 1)
mat("cyxj", "出院小结（出院记录）", "oc", "proof", 1, "c", "住院治疗的")
mat("ybzm", "疾病诊断证明", "oc", "proof", 1)
mat("sysq", "生育医疗费用及生育津贴申领表", "oe", "form", 1)
mat("syfm", "分娩或计划生育手术医疗证明", "oc", "proof", 1)
mat("jtgj", "家庭共济关系证明", "oc", "proof", 1, "c", "共济关系无法通过数据共享核验的",
    "户口簿、结婚证或出生医学证明")
mat("ddsq", "定点医药机构申请表", "oe", "form", 1)
mat("ypjy", "药品经营许可证", "oc", "id", 1)
mat("xtjc", "医保信息系统接入及管理制度材料", "oe", "other", 1)
mat("ybry", "医保工作人员名单及执业资格证明", "oe", "other", 1)
mat("spsq", "长期护理保险失能评估申请表", "oe", "form", 1)
mat("spbl", "近期病历或医学诊断资料", "oc", "proof", 1)
mat("wsgcns", "外伤无第三方责任承诺书", "o", "form", 1, notes="如实说明受伤经过，承诺无第三方责任")
mat("bxsm", "单位参保登记表", "oe", "form", 1)

it("城乡居民基本医疗保险参保登记", "居民医保参保", "医保参保 居民医保 新农合 城乡医保 买医保", "dsc", "GG", (1, 0),
   "sfz hkb? jzz?", "to",
   ["社险法:23,25", "《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）"],
   "参保登记回执", cond={"hkb": "户籍登记在本区的", "jzz": "持本市居住证参保的"},
   form="P A", x="insuredType:参保人员类别:choice:学生儿童|一般居民|老年居民|困难群体:r")
mat("jzz", "居住证", "oe", "id", 0, "c", "非本市户籍人员持居住证参保的")
it("新生儿参加城乡居民基本医疗保险", "新生儿参保", "新生儿医保 宝宝医保 出生参保", "dsc", "GG", (1, 0),
   "csyx hkb? jhgx", "to",
   ["社险法:25", "《国家医保局 财政部 国家税务总局关于做好城乡居民基本医疗保障工作的通知》"],
   "参保登记回执", form="CHILD", cond={"hkb": "新生儿已落户的"},
   x="parentsInsured:父母一方是否在本市参加基本医疗保险:bool")
it("灵活就业人员职工基本医疗保险参保登记", "灵活就业医保参保", "个人职工医保 灵活就业医保 自由职业医保", "dsc", "GG", (1, 0),
   "sfz SQ", "to",
   ["社险法:23"], "参保登记回执", tbl="灵活就业人员医疗保险参保登记表")
it("基本医疗保险关系转移接续", "医保转移", "医保转移 医保接续 跨省转移 医保转入", "dsc", "GG", (15, 10),
   "sfz SQ gzzm?", "tmo",
   ["社险法:32", "《基本医疗保障关系转移接续暂行办法》"], "参保人员基本医疗保障关系转移接续函",
   tbl="基本医疗保障参保（合）凭证及转移接续申请表", cond={"gzzm": "转出地无法通过系统传递参保凭证的"},
   x="transferDirection:转移方向:choice:转入本区|从本区转出:r;otherRegion:对方参保地:text:r")
it("异地就医备案（异地长期居住人员）", "异地长居备案", "异地就医备案 异地长居 跨省就医 常驻异地", "dsc", "GG", (1, 0),
   "sbk ydba ydcn", "to",
   ["社险法:29", "《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）"],
   "异地就医备案回执", form="P A",
   x="insuredPlace:参保地:text:r;settlePlace:备案就医地:text:r;startDate:备案开始日期:date:r;personType:人员类别:choice:常驻异地工作人员|异地长期居住人员|异地安置退休人员:r")
it("异地就医备案（转诊转院人员）", "异地转诊备案", "异地转诊 转院备案 外地看病", "dsc", "GG", (1, 0),
   "sbk ydba zzzm", "to",
   ["《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）"],
   "异地就医备案回执", sub=True, form="P A",
   x="targetHospital:转入医疗机构:text:r;diagnosis:诊断:text:r")
it("异地就医备案（临时外出就医人员）", "临时外出就医备案", "临时外出 出差就医 旅游就医 探亲就医", "dsc", "GG", (1, 0),
   "sbk ydba", "to",
   ["《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）"],
   "异地就医备案回执", sub=True, form="P",
   x="settlePlace:就医地:text:r;startDate:备案开始日期:date:r")
it("异地就医备案（异地安置退休人员）", "异地安置备案", "退休异地安置 回老家养老 随子女居住", "dsc", "GG", (1, 0),
   "sbk ydba azzm_yb? ydcn", "to",
   ["《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）"],
   "异地就医备案回执", sub=True, form="P A", x="settlePlace:安置地:text:r")
it("门诊慢特病待遇认定", "门诊慢特病认定", "慢性病 特殊病 门特 门慢 慢病卡 特病", "dsc", "QR", (20, 10),
   "sbk mtsq mtbl", "to",
   ["社险法:28", LOCAL("基本医疗保险门诊慢特病管理办法")], "门诊慢特病待遇认定结果",
   x="diseases:申请病种:multiChoice:高血压|糖尿病|冠心病|慢性阻塞性肺疾病|恶性肿瘤门诊治疗|尿毒症透析|器官移植术后抗排异|精神分裂症|其他:r;designatedHospital:选定定点医疗机构:text:r")
it("门诊慢特病定点医疗机构变更", "门慢定点变更", "慢性病医院变更 门特定点 更换定点医院", "dsc", "QR", (1, 0),
   "sbk SQ", "to",
   [LOCAL("基本医疗保险门诊慢特病管理办法")], "定点医疗机构变更回执", sub=True,
   tbl="门诊慢特病定点医疗机构变更申请表",
   x="newHospital:新选定点医疗机构:text:r;reason:变更原因:choice:居住地变化|就医需要|其他:r")
it("零星医疗费用报销", "医疗费手工报销", "手工报销 医疗费报销 垫付报销 医保报销 异地未结算", "dsc", "GF", (20, 15),
   "sbk ylfp fymx cyxj? ybzm yhk wts?", "tmo",
   ["社险法:28,29", LOCAL("基本医疗保险零星报销经办规程")], "医疗费用报销结算单", form="P BANK A",
   x="reimburseReason:未直接结算原因:choice:异地就医未备案|急诊抢救|医保系统故障|其他:r;totalAmount:医疗费用总额（元）:number:r")
it("生育医疗费用报销及生育津贴申领", "生育津贴", "生育津贴 产假工资 生育报销 生育保险", "ds", "GF", (20, 10),
   "sysq sfz syfm csyx? ylfp? yhk", "mo",
   ["社险法:54,56"], "生育保险待遇核定通知", form="P BANK",
   cond={"csyx": "申领生育津贴且已分娩的", "ylfp": "产检或分娩未直接结算的"},
   x="employer:参保单位:text:r;deliveryDate:分娩（手术）日期:date:r;deliveryType:分娩方式:choice:顺产|剖宫产|流产|计划生育手术:r")
it("医疗救助申请", "医疗救助", "大病救助 医疗救助 困难群众医疗 重特大疾病", "dsc", "GF", (20, 10),
   "sfz SQ ylfp fymx dbz_c yhk", "t",
   ["社救:28,29,30", "《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）"],
   "医疗救助审批结果", tbl="医疗救助申请审批表", st="st", form="P FAM BANK A",
   x="assistType:救助对象类别:choice:特困人员|低保对象|低保边缘家庭成员|返贫致贫风险人员|因病致贫重病患者:r")
it("职工医保个人账户家庭共济绑定", "家庭共济", "个账共济 医保共济 家人共用医保 家庭共济网", "dsc", "GG", (1, 0),
   "sbk jtgj?", "to",
   ["《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》（国办发〔2021〕14号）"],
   "家庭共济绑定回执",
   x="memberName:共济家庭成员姓名:text:r;memberIdNo:共济家庭成员公民身份号码:residentId:r;memberRelation:关系:choice:配偶|父母|子女:r")
it("医保参保凭证查询打印", "医保参保凭证", "医保缴费证明 医保清单 医保参保证明", "dsc", "GG", (1, 0),
   "sbk wts? dlsfz?", "to",
   ["医保基金条例"], "参保凭证（加盖电子印章）", form="P0 A",
   x="printItems:打印内容:multiChoice:参保凭证|缴费明细|个人账户明细:r")
it("定点医疗机构申请", "定点医疗机构", "医保定点 定点医院 医保协议管理 定点诊所", "d", "QT", (20, 15),
   "ddsq yjzz yyzz xtjc ybry", "o",
   ["医保定点", "医保基金条例"], "医疗保障服务协议", st="ps", form="E",
   x="institutionType:机构类别:choice:医院|门诊部|诊所|社区卫生服务站|其他:r")
it("定点零售药店申请", "定点药店", "医保定点药店 药店医保 刷医保卡药店", "d", "QT", (20, 15),
   "ddsq ypjy yyzz xtjc ybry", "o",
   ["药店定点", "医保基金条例"], "医疗保障服务协议", st="ps", form="E", sub=True)
it("长期护理保险待遇申请", "长护险", "长期护理 失能 护理保险 失能评估 长护", "dsc", "GF", (20, 15),
   "sbk spsq spbl wts? dlsfz?", "ta",
   ["《国家医保局 财政部关于扩大长期护理保险制度试点的指导意见》（医保发〔2020〕37号）"],
   "失能等级评估结论及待遇资格通知", form="P A",
   x="careMode:拟选择护理方式:choice:居家护理|机构护理|上门护理:r")
it("困难群体资助参加城乡居民医疗保险", "资助参保", "资助参保 医保代缴 低保参保 特困参保", "dsc", "GF", (15, 5),
   "sfz SQ dbz_c", "t",
   ["《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）"],
   "资助参保确认", st="st", x="assistType:资助对象类别:choice:特困人员|低保对象|返贫致贫人口|其他:r")
it("外伤医疗费用报销", "外伤报销", "外伤 意外受伤报销 无第三方责任", "dsc", "GF", (20, 15),
   "sbk wsgcns ylfp fymx cyxj? yhk", "to",
   ["社险法:30"], "医疗费用报销结算单", form="P BANK",
   x="injuryDate:受伤日期:date:r;injuryDesc:受伤经过:text:r")
it("单位参加医疗保险登记", "单位医保登记", "单位医保 企业医保开户", "d", "GG", (5, 0),
   "bxsm yyzz frsfz dwwts?", "o",
   ["社险法:57"], "参保登记回执", form="E")

# ==========================================================================
# 区残疾人联合会
# ==========================================================================
dept("CL", "区残疾人联合会", "残联", "0755-80001205",
     "%s二楼残联窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道残疾人服务站（街道政务服务中心）", community="各社区残疾人专职委员（社区党群服务中心）")

mat("cjsq", "中华人民共和国残疾人证申请表", "o", "form", 1,
    notes="含残疾评定表，评定由区残联指定的评残医疗机构完成")
mat("cjpd", "残疾评定结论", "o", "proof", 1, "c", "申请残疾类别、等级变更或新办的",
    "由指定评残机构出具；新办时由评残机构直接报送，申请人无需提交")
mat("cjrz_old", "原残疾人证", "o", "id", 1, notes="换领或注销时收回")
mat("ysba", "残疾人证遗失声明", "o", "other", 1, notes="本人签名的书面声明，无需登报")
mat("fjpg", "辅助器具适配评估表", "o", "form", 1, notes="由辅具服务机构评估后出具")
mat("kfpg", "康复评估报告或医学诊断证明", "oc", "proof", 1,
    notes="定点康复机构或二级及以上医疗机构出具")
mat("kfsq", "残疾儿童康复救助申请审批表", "o", "form", 1)
mat("gzpm", "改造需求及现场照片", "oe", "other", 1)
mat("xszm", "学籍证明或录取通知书", "oc", "proof", 1)
mat("rzqk", "残疾职工名单及劳动合同、社保缴费明细", "oe", "other", 1, notes="加盖单位公章")
mat("rdcl", "残疾职工残疾人证", "oc", "id", 1)
mat("jdcx", "机动轮椅车行驶证或车辆登记证书", "oc", "id", 1)
mat("tyfw", "托养服务协议", "oc", "contract", 1, "c", "已选定托养服务机构的")

it("残疾人证新办", "残疾人证新办", "残疾证 办残疾证 残疾人证申领 评残", "dsc", "QR", (20, 10),
   "sfz hkb zp2 cjsq jhgx? wts?", "tma",
   ["残保法:2", "残证办法", "《中国残疾人实用评定标准》"], "中华人民共和国残疾人证（第三代智能化残疾人证）",
   form="P HJ A", st="st",
   x="disabilityType:申请评定的残疾类别:choice:视力残疾|听力残疾|言语残疾|肢体残疾|智力残疾|精神残疾|多重残疾:r;assessmentHospital:选择评残机构:text")
it("残疾人证换领", "残疾人证换领", "残疾证换证 残疾证到期 残疾人证更换 第三代残疾人证", "dsc", "QR", (20, 10),
   "sfz cjrz_old zp2 cjsq jhgx?", "tma",
   ["残证办法"], "中华人民共和国残疾人证", sub=True, form="P DIS A", st="st",
   x="reason:换领原因:choice:有效期满|证件损毁|信息变更|换领第三代智能化证:r")
it("残疾人证迁移", "残疾人证迁移", "残疾证迁入 残疾证迁出 户口迁移 残疾证转移", "dsc", "QR", (10, 5),
   "sfz hkb cjrz_old", "tmo",
   ["残证办法"], "迁入地签发的中华人民共和国残疾人证", sub=True, form="P DIS A",
   x="moveFrom:迁出地:text:r;moveDate:户籍迁入日期:date:r")
it("残疾人证挂失补办", "残疾人证补办", "残疾证丢失 残疾证补办 残疾证遗失", "dsc", "QR", (10, 5),
   "sfz ysba zp2", "tma",
   ["残证办法"], "中华人民共和国残疾人证", sub=True, form="P DIS A")
it("残疾人证注销", "残疾人证注销", "残疾证注销 残疾证死亡注销 残疾康复", "dsc", "QR", (5, 0),
   "sfz cjrz_old? swzm?", "t",
   ["残证办法"], "注销回执", sub=True, form="P0 A",
   cond={"cjrz_old": "原证尚存的", "swzm": "因持证人死亡注销的"},
   x="reason:注销原因:choice:持证人死亡|残疾状况消失|户籍迁出本市未办迁移|本人申请:r")
it("残疾类别等级变更", "残疾等级变更", "残疾等级调整 重新评残 残疾类别变更", "dsc", "QR", (20, 10),
   "sfz cjrz_old cjpd! cjsq", "ta",
   ["残证办法"], "中华人民共和国残疾人证", sub=True, form="P DIS A", st="st")
it("残疾人辅助器具适配申请", "辅具适配", "轮椅 助听器 假肢 矫形器 盲杖 辅助器具", "dsc", "GG", (20, 10),
   "sfz cjrz SQ fjpg", "tma",
   ["残保法", "康复条例", LOCAL("残疾人基本型辅助器具适配补贴办法")], "辅助器具适配通知",
   tbl="残疾人辅助器具适配申请表", form="P DIS A",
   x="deviceTypes:申请适配的辅具:multiChoice:轮椅|助行器|助听器|假肢|矫形器|盲杖|坐便椅|其他:r")
it("残疾儿童康复救助申请", "残疾儿童康复救助", "自闭症 孤独症 康复训练 听力康复 脑瘫 残疾儿童康复", "dsc", "GF", (15, 10),
   "kfsq hkb kfpg cjrz? jhgx!", "to",
   ["《国务院关于建立残疾儿童康复救助制度的意见》（国发〔2018〕20号）", "康复条例"],
   "康复救助审批结果", st="st", form="CHILD", cond={"cjrz": "已办理残疾人证的"},
   x="rehabType:康复类别:choice:视力|听力言语|肢体（含脑瘫）|智力|孤独症:r;rehabInstitution:意向定点康复机构:text")
it("残疾人家庭无障碍改造申请", "无障碍改造", "适老化 无障碍 扶手 坡道 家庭改造", "dsc", "GG", (20, 15),
   "sfz cjrz SQ gzpm bdcz? zlht?", "ta",
   ["无障碍法", "残保法"], "改造方案及验收单", st="st", form="P DIS HOUSE A",
   x="items:改造需求:multiChoice:坡道|扶手|卫生间改造|地面防滑|闪光门铃|可视对讲|其他:r")
it("残疾人创业就业扶持补贴申领", "残疾人创业补贴", "残疾人创业 残疾人就业补贴 自主创业", "ds", "GF", (20, 15),
   "sfz cjrz yyzz SQ yhk", "o",
   ["残保法", "残就业", LOCAL("残疾人就业创业扶持办法")], "补贴核定通知", form="P DIS BANK")
it("残疾学生及残疾人家庭子女教育资助", "残疾人教育资助", "残疾人助学 残疾学生资助 教育补贴", "dsc", "GF", (20, 15),
   "sfz cjrz xszm hkb SQ yhk", "t",
   ["残保法", LOCAL("残疾人教育资助办法")], "资助核定通知", form="P BANK A",
   x="studentName:学生姓名:text:r;schoolStage:就读阶段:choice:学前教育|义务教育|普通高中|中职|大专|本科及以上:r")
it("残疾人托养服务补贴申请", "托养补贴", "居家托养 日间照料 残疾人托养 寄宿托养", "dsc", "GF", (20, 10),
   "sfz cjrz SQ tyfw? jhgx?", "t",
   ["残保法", LOCAL("残疾人托养服务补贴办法")], "托养补贴核定通知", st="st", form="P DIS A",
   x="careType:托养方式:choice:居家托养|日间照料|寄宿制托养:r")
it("残疾人机动轮椅车燃油补贴申领", "燃油补贴", "燃油补贴 机动轮椅车 残疾人车辆补贴", "ds", "GF", (20, 10),
   "sfz cjrz jdcx yhk", "",
   [LOCAL("残疾人机动轮椅车燃油补贴发放办法")], "补贴核定通知", form="P DIS BANK")
it("用人单位安排残疾人就业情况审核", "按比例就业审核", "残保金 按比例安排 残疾人就业保障金 年审", "d", "QR", (20, 10),
   "SQ yyzz rzqk rdcl", "o",
   ["残就业:8,9", "《残疾人就业保障金征收使用管理办法》"], "安排残疾人就业情况审核确认书", form="E",
   tbl="用人单位安排残疾人就业情况申报表", x="employeeTotal:在职职工总数:number:r;disabledEmployees:安排残疾人就业人数:number:r")
it("残疾人职业技能培训报名", "残疾人培训报名", "残疾人培训 盲人按摩培训 职业培训", "dsc", "GG", (5, 0),
   "sfz cjrz", "toa",
   ["残就业", "残保法"], "报名回执", form="P DIS",
   x="course:报名课程:choice:电商运营|手工编织|盲人按摩|计算机操作|烘焙|其他:r")

# ==========================================================================
# 区退役军人事务局
# ==========================================================================
dept("TY", "区退役军人事务局", "退役军人", "0755-80001206",
     "示范区退役军人服务中心（%s二楼退役军人窗口）" % CENTRE,
     street="各街道退役军人服务站", community="各社区退役军人服务站")

mat("tyzj", "退役证件", "oce", "id", 1,
    notes="退伍证、转业证、复员证、退休证或退出现役证明等任一种")
mat("zp_dz", "近期二寸白底免冠证件照（电子照片）", "e", "other", 0, notes="可现场采集")
mat("ydz", "原优待证", "o", "id", 1, "c", "换领的", "损坏换领时收回")
mat("jszm_ty", "军人家属或烈属身份证明", "oc", "proof", 1, "c", "为军属、烈属申请的",
    "立功受奖喜报、入伍通知书、烈士证明书等")
mat("bdtz", "退役士兵报到通知书（介绍信）", "o", "proof", 1)
mat("cjrjz", "残疾军人证（伤残人员证）", "oc", "id", 1)
mat("scdj", "伤残档案及医疗诊断证明", "oc", "proof", 1)
mat("pcsq", "评定残疾等级申请表", "o", "form", 1)
mat("sjzm", "致残经过证明和医疗诊断证明", "oc", "proof", 1, notes="原始医疗资料")
mat("lszm", "烈士证明书或牺牲（病故）证明", "oc", "proof", 1)
mat("fyzm", "供养关系证明", "oc", "proof", 1, notes="户口簿或法院判决等")
mat("czjl", "参战参试相关证明", "oc", "proof", 1, notes="部队出具的证明、档案记载等")
mat("rwtz", "入伍批准书或入伍通知书", "oc", "proof", 1)
mat("knzm_ty", "家庭困难情况说明", "o", "proof", 1, notes="如实说明，困难原因涉及疾病的附病历")
mat("tyxxcn", "信息采集承诺书", "o", "form", 1)
mat("jjcl", "随行人员名单", "oe", "other", 1, "c", "单位或团体集体祭扫的")
mat("xyzm", "在校生学籍证明", "oc", "proof", 1, "c", "参加学历教育的")

it("退役军人、其他优抚对象优待证申领", "优待证申领", "优待证 军人优待证 退役军人优待证 烈属优待证 军属", "dsc", "GG", (30, 20),
   "sfz tyzj? jszm_ty? zp_dz SQ wts?", "tmo",
   ["退役法", "《退役军人、其他优抚对象优待证管理办法（试行）》"], "优待证",
   tbl="优待证申领登记表", form="P VET A",
   cond={"tyzj": "退役军人本人申领的"},
   x="bankCard:是否同时开通金融功能:bool")
it("优待证补领换领", "优待证补换", "优待证补办 优待证丢失 优待证损坏", "dsc", "GG", (30, 20),
   "sfz ydz? zp_dz SQ", "tmo",
   ["《退役军人、其他优抚对象优待证管理办法（试行）》"], "优待证", sub=True, form="P VET A",
   x="reason:申请原因:choice:遗失补领|损坏换领|信息变更换领:r")
it("光荣牌悬挂申请", "光荣牌", "光荣之家 光荣牌悬挂 军属光荣牌 烈属光荣牌", "dsc", "GG", (20, 10),
   "sfz tyzj? jszm_ty? hkb", "t",
   ["退役法", "军人权益法"], "光荣牌（上门悬挂）", tbl="光荣牌悬挂登记表", form="P VET A",
   cond={"tyzj": "退役军人家庭申请的"},
   x="hangAddress:悬挂地址:address:r;hangDatePref:希望悬挂时间:date")
it("退役士兵报到", "退役报到", "退伍报到 退役士兵接收 安置报到", "d", "GG", (5, 0),
   "bdtz tyzj sfz hkb", "",
   ["退役安置", "退役法"], "报到登记回执", form="P VET",
   x="placementType:安置方式:choice:自主就业|安排工作|退休|供养:r")
it("自主就业退役士兵一次性经济补助金发放", "一次性经济补助", "退伍补助 地方经济补助 退役金", "d", "GF", (30, 20),
   "sfz tyzj yhk", "",
   ["退役安置", LOCAL("自主就业退役士兵一次性经济补助发放办法")], "补助金核定通知",
   form="P VET BANK")
it("退役士兵待安排工作期间生活费发放", "待安排生活费", "待安置生活费 安排工作 退役士兵生活费", "d", "GF", (30, 20),
   "sfz tyzj yhk", "",
   ["退役安置"], "生活费核定通知", form="P VET BANK")
it("伤残抚恤关系接收转移", "伤残抚恤关系转移", "残疾军人迁移 伤残关系转移 抚恤关系", "d", "GF", (30, 20),
   "sfz cjrjz hkb scdj", "m",
   ["抚恤条例", "伤残办法"], "伤残抚恤关系转移证明", form="P VET",
   x="direction:办理类型:choice:转入本区|从本区转出:r;otherRegion:对方地区:text:r")
it("残疾军人（伤残人员）评定残疾等级", "评残", "评定伤残 残疾军人 伤残等级 因战因公致残", "d", "QR", (60, 40),
   "pcsq sfz sjzm hkb tyzj", "",
   ["抚恤条例", "伤残办法"], "残疾等级评定结论及残疾军人证", form="P VET",
   x="injuryNature:致残性质:choice:因战|因公|因病:r;injuryDate:致残时间:date:r")
it("烈士遗属定期抚恤金申领", "烈属定期抚恤", "烈士家属 遗属抚恤 因公牺牲军人遗属 病故军人遗属", "d", "GF", (30, 20),
   "sfz lszm fyzm hkb yhk", "",
   ["烈士条例", "抚恤条例"], "定期抚恤金核定通知", form="P VET BANK")
it("参战参试退役人员身份认定", "参战参试认定", "参战 参试 参战退役人员 两参", "d", "QR", (30, 20),
   "sfz tyzj czjl SQ", "",
   ["抚恤条例"], "身份认定结果", form="P VET",
   x="category:认定类别:choice:参战退役人员|参加核试验军队退役人员:r")
it("义务兵家庭优待金申领", "义务兵优待金", "家庭优待金 义务兵 参军优待 入伍优待", "dsc", "GF", (20, 10),
   "sfz rwtz hkb yhk", "t",
   ["兵役法", "抚恤条例"], "优待金核定通知", form="P BANK",
   x="soldierName:义务兵姓名:text:r;enlistDate:入伍时间:date:r;education:入伍时学历:choice:高中及以下|大专|本科|研究生:r")
it("部分农村籍退役士兵老年生活补助", "老年生活补助", "农村籍退役士兵 60岁 老兵补助", "dsc", "GF", (30, 20),
   "sfz tyzj hkb SQ yhk", "",
   ["《关于给部分农村籍退役士兵发放老年生活补助的通知》"], "补助核定通知", st="st",
   form="P VET BANK")
it("退役军人困难帮扶援助申请", "困难帮扶", "退役军人帮扶 困难援助 临时帮扶", "dsc", "GF", (20, 10),
   "sfz tyzj knzm_ty zdzm SQ yhk", "t",
   ["退役法", LOCAL("退役军人困难帮扶援助办法")], "帮扶援助审批结果", st="st", form="P VET FAM BANK",
   x="difficulty:困难类型:multiChoice:因病|因灾|因意外事故|子女就学|其他:r")
it("退役军人信息采集", "信息采集", "建档立卡 退役军人登记 信息核对", "dsc", "GG", (5, 0),
   "sfz tyzj tyxxcn", "to",
   ["退役法"], "信息采集回执", form="P VET")
it("退役军人教育培训报名", "教育培训报名", "退役军人培训 适应性培训 学历教育 技能培训", "dsc", "GG", (5, 0),
   "sfz tyzj xyzm?", "to",
   ["退役法"], "报名回执", form="P VET",
   x="trainingType:培训类型:choice:适应性培训|职业技能培训|学历教育:r;course:意向专业或课程:text")
it("退役军人就业创业服务", "就业创业服务", "退役军人招聘 岗位推荐 创业指导 退役军人就业", "dsc", "GG", (5, 0),
   "sfz tyzj", "toa",
   ["退役法", "就促法"], "服务登记回执", form="P VET",
   x="serviceWanted:需要的服务:multiChoice:岗位推荐|创业指导|创业担保贷款|职业指导:r")
it("烈士纪念设施祭扫预约", "祭扫预约", "烈士陵园 祭扫 缅怀 清明祭扫 英烈", "d", "GG", (1, 0),
   "sfz jjcl?", "toa",
   ["烈士条例", "《烈士纪念设施保护管理办法》"], "祭扫预约凭证", form="P0",
   place="示范区烈士陵园（英雄山路1号）", hours="每日 8:30-17:00（清明节前后延长开放）",
   x="visitDate:祭扫日期:date:r;groupSize:人数:number:r;visitType:祭扫方式:choice:个人祭扫|单位集体祭扫|代祭扫:r")

# ==========================================================================
# 区公安分局（户政）
# ==========================================================================
dept("HZ", "区公安分局（户政）", "户政", "0755-80001207",
     "示范区公安分局户政服务大厅（%s一楼公安综合窗口）" % CENTRE,
     street="辖区派出所户籍窗口", community="受公安派出所委托的社区流动人口服务站")

mat("jzz_o", "居住证", "oe", "id", 0, notes="核验原件或电子居住证")
mat("jzz_old", "原居住证", "o", "id", 1, "c", "换领的", "换领时交回原证")
mat("jzsq", "居住证申领登记表", "o", "form", 1)
mat("gatz", "港澳居民来往内地通行证或台湾居民来往大陆通行证", "oc", "id", 1)
mat("fmsfz", "父母双方居民身份证", "oe", "id", 0)
mat("fmhkb", "父亲或母亲的居民户口簿", "oc", "id", 1, notes="新生儿随父或随母落户")
mat("fmjhz", "父母结婚证", "oc", "id", 1, "c", "父母已办理结婚登记的",
    "未办理结婚登记的，凭出生医学证明和父母身份证件办理")
mat("sfz_d", "死者居民身份证", "oc", "id", 1, "c", "死者已领取居民身份证的", "办理后由公安机关收缴")
mat("hkb_d", "死者所在户的居民户口簿", "oc", "id", 1)
mat("zqz", "准予迁入证明或准迁证", "o", "proof", 1, "c", "跨省迁移且未纳入迁移“一站式”办理的")
mat("qyz", "户口迁移证", "o", "proof", 1, "c", "持迁移证迁入的")
mat("jhz_tk", "夫妻双方结婚证", "oce", "id", 1)
mat("qfhk", "被投靠人居民户口簿及居民身份证", "oc", "id", 1)
mat("fcqk", "合法稳定住所证明", "oc", "proof", 1, notes="不动产权证书或经备案的租赁合同")
mat("gfht", "不动产权证书（购房入户）", "oce", "id", 1, notes="须符合本市购房入户政策规定的面积和年限")
mat("rcrh", "人才引进审批文件", "oc", "proof", 1, notes="由人力资源社会保障部门出具")
mat("bydz", "毕业证书及报到证明", "oce", "proof", 1)
mat("dwjs", "接收单位落户证明或集体户接收证明", "o", "proof", 1, "c", "落户单位集体户的")
mat("hzh", "护照及外国长期居留或定居证明", "oc", "id", 1)
mat("hjzm_hz", "回国定居证明", "oc", "proof", 1)
mat("zxhk", "注销户口证明", "oc", "proof", 1, "c", "户口已注销需要恢复的")
mat("fhzm", "分户依据证明", "oc", "proof", 1, notes="房产、婚姻状况等符合分户条件的证明")
mat("hzbg", "户主变更申请", "o", "form", 1, notes="须全体成年户内成员同意并签名")
mat("gmzm", "更名（更正）依据证明", "oc", "proof", 1,
    notes="出生医学证明、入学原始档案、人事档案等原始证明材料")
mat("ybyx", "原户口簿", "o", "id", 1, "c", "换领的", "换领时交回")
mat("sfzsq", "居民身份证申领登记表", "o", "form", 1, notes="现场采集相片、指纹信息后打印签名")
mat("sfz_old", "原居民身份证", "o", "id", 1, "c", "换领的", "换领时交回")
mat("wfzm", "无犯罪记录证明申请表", "oe", "form", 1)
mat("zmyt", "用途证明材料", "oc", "proof", 1, "n", "需出具用于特定用途证明的", "如用人单位的开具证明要求等")
mat("sbrsfz", "申报人居民身份证", "oe", "id", 0, notes="核验原件；申报人一般为死者近亲属或同户成员")
mat("hjdacx", "户籍证明申请表", "oe", "form", 1)

HJ_PLACE = "示范区公安分局户政服务大厅（%s一楼公安综合窗口）；辖区派出所户籍窗口" % CENTRE

it("居住证申领", "居住证申领", "居住证 办居住证 流动人口 外来人口 新居住证", "dsc", "QR", (15, 10),
   "sfz zp1~ zszm jyzm jzsq", "tmo",
   ["居住证:2,9"], "居住证", form="P HOUSE A",
   x="hukouPlace:户籍地:text:r;arrivalDate:来本市居住日期:date:r;basis:申领依据:choice:合法稳定就业|合法稳定住所|连续就读:r")
it("居住证签注", "居住证签注", "居住证续签 居住证年审 居住证签注 居住证过期", "dsc", "QR", (5, 0),
   "jzz_o zszm jyzm?", "to",
   ["居住证:10"], "签注后的居住证", sub=True, form="P HOUSE A",
   x="addressChanged:居住地址是否变化:bool;newAddress:新居住地址:address:r:@addressChanged=true")
it("居住证换领补领", "居住证补换领", "居住证补办 居住证丢失 居住证损坏 居住证换证", "dsc", "QR", (15, 10),
   "sfz jzz_old? zp1~ jzsq", "tmo",
   ["居住证:11"], "居住证", sub=True, form="P A",
   x="reason:申请原因:choice:有效期满|损坏难以辨认|遗失:r")
it("流动人口居住登记", "居住登记", "暂住登记 居住申报 流动人口登记 租客登记", "dsc", "QR", (5, 0),
   "sfz zszm", "to",
   ["户口条例:15", "居住证"], "居住登记凭证", form="P HOUSE",
   x="hukouPlace:户籍地:text:r;arrivalDate:来本市日期:date:r")
it("港澳台居民居住证申领", "港澳台居住证", "港澳居民居住证 台湾居民居住证 港澳台", "d", "QR", (20, 15),
   "gatz zp2 zszm jyzm jzsq", "ma",
   ["《港澳台居民居住证申领发放办法》"], "港澳台居民居住证",
   place="示范区公安分局户政服务大厅（%s一楼公安综合窗口）" % CENTRE, form="P A",
   x="region:来自:choice:香港|澳门|台湾:r;permitNo:通行证号码:text:r")
it("出生登记", "出生登记", "新生儿落户 报户口 出生入户 宝宝上户口 出生一件事", "ds", "QR", (5, 0),
   "csyx fmsfz fmhkb fmjhz wts?", "to",
   ["户口条例:7", LOCAL("户籍管理规定")], "居民户口簿（新生儿登记页）",
   place=HJ_PLACE, form="CHILD A",
   x="followParent:随父或随母落户:choice:随父|随母:r;childSurname:子女姓氏:text:r;hospital:出生医院:text:r")
it("死亡注销户口", "死亡注销", "户口注销 死亡销户 死亡户口注销 身后一件事", "ds", "QR", (5, 0),
   "swzm hkb_d sfz_d sbrsfz", "t",
   ["户口条例:8"], "注销户口证明及户口簿注销页", place=HJ_PLACE, form="P0",
   x="deceasedName:死者姓名:text:r;deceasedIdNo:死者公民身份号码:residentId:r;deathDate:死亡日期:date:r;relation:申报人与死者关系:choice:配偶|子女|父母|其他亲属|其他:r")
it("户籍迁入（夫妻投靠）", "夫妻投靠入户", "夫妻投靠 配偶入户 随迁 投靠落户", "ds", "QR", (20, 10),
   "sfz hkb jhz_tk qfhk fcqk zqz? qyz?", "mo",
   ["户口条例:13", LOCAL("户籍管理规定")], "准予迁入证明或新户口簿", place=HJ_PLACE, form="P HJ A MOVERS",
   x="marriageYears:结婚年限（年）:number:r;settleAddress:拟落户地址:address:r")
it("户籍迁入（子女投靠父母）", "子女投靠入户", "子女投靠 未成年子女随迁 小孩户口迁入", "ds", "QR", (20, 10),
   "csyx hkb qfhk fmsfz qyz?", "mo",
   ["户口条例:13", LOCAL("户籍管理规定")], "准予迁入证明或新户口簿", sub=True, place=HJ_PLACE,
   form="CHILD A", x="settleAddress:拟落户地址:address:r")
it("户籍迁入（父母投靠子女）", "父母投靠入户", "父母投靠 老人随迁 投靠子女", "ds", "QR", (20, 10),
   "sfz hkb qfhk fcqk qyz?", "mo",
   ["户口条例:13", LOCAL("户籍管理规定")], "准予迁入证明或新户口簿", sub=True, place=HJ_PLACE,
   form="P HJ A", x="childName:被投靠子女姓名:text:r;settleAddress:拟落户地址:address:r")
it("户籍迁入（购房入户）", "购房入户", "买房落户 购房入户 房产入户", "ds", "QR", (20, 10),
   "sfz hkb gfht zqz? qyz?", "mo",
   ["户口条例:13", LOCAL("户籍管理规定")], "准予迁入证明或新户口簿", sub=True, place=HJ_PLACE,
   form="P HJ A", x="houseArea:房屋建筑面积（平方米）:number:r;settleAddress:拟落户地址:address:r")
it("户籍迁入（人才引进）", "人才落户", "人才引进 人才入户 积分入户 技能人才落户", "ds", "QR", (20, 10),
   "sfz hkb rcrh dwjs? qyz?", "mo",
   ["户口条例:13", LOCAL("人才引进落户实施办法")], "准予迁入证明或新户口簿", sub=True, place=HJ_PLACE,
   form="P HJ A", x="talentType:引进类别:choice:学历人才|技能人才|高层次人才|其他:r")
it("户籍迁入（高校毕业生落户）", "毕业生落户", "毕业生入户 应届生落户 大学生落户 集体户", "ds", "QR", (20, 10),
   "sfz bydz dwjs? qyz?", "mo",
   ["户口条例:13", LOCAL("户籍管理规定")], "准予迁入证明或新户口簿", sub=True, place=HJ_PLACE,
   form="P A", x="graduateYear:毕业年份:number:r;settleType:落户方式:choice:单位集体户|人才集体户|投靠亲属|自有住房:r")
it("户籍迁出", "户口迁出", "迁户口 户口迁移 迁出证明 户口迁移证", "ds", "QR", (5, 0),
   "sfz hkb zqz?", "t",
   ["户口条例:10"], "户口迁移证（或迁移信息电子传递回执）", place=HJ_PLACE, form="P HJ A MOVERS",
   x="moveTo:迁往地址:address:r;moveReason:迁移原因:choice:投靠亲属|购房|工作调动|升学|其他:r")
it("出国（境）定居注销户口", "出国定居注销", "出国注销户口 移民注销户口 定居国外", "ds", "QR", (5, 0),
   "sfz hkb hzh", "",
   ["户口条例:10", "身份证法"], "注销户口证明", place=HJ_PLACE, form="P0 A",
   x="settleCountry:定居国家（地区）:text:r")
it("恢复户口", "恢复户口", "回国恢复户口 户口恢复 错误注销恢复", "ds", "QR", (20, 10),
   "SQ hzh? hjzm_hz? zxhk fcqk", "m",
   ["户口条例:13", LOCAL("户籍管理规定")], "居民户口簿", place=HJ_PLACE, form="P A",
   tbl="恢复户口申请表", cond={"hzh": "回国定居的", "hjzm_hz": "回国定居的"},
   x="reason:恢复原因:choice:回国（境）定居|刑满释放|错误注销|其他:r")
it("分户立户", "分户", "分户 立户 单独立户 户口分开", "ds", "QR", (10, 5),
   "sfz hkb fhzm", "",
   ["户口条例", LOCAL("户籍管理规定")], "新居民户口簿", place=HJ_PLACE, form="P A MOVERS",
   x="newHouseholder:新户主姓名:text:r")
it("户主变更", "户主变更", "更换户主 户主去世变更 户主变更", "ds", "QR", (5, 0),
   "hkb hzbg sfz", "",
   ["户口条例:17"], "变更后的居民户口簿", place=HJ_PLACE, form="P0",
   x="newHouseholder:新户主姓名:text:r;newHouseholderIdNo:新户主公民身份号码:residentId:r")
it("居民户口簿补领换领", "户口簿补换", "户口本补办 户口本丢失 户口簿换领 户口本破损", "ds", "QR", (5, 0),
   "sfz ybyx?", "t",
   ["户口条例:4"], "居民户口簿", place=HJ_PLACE, form="P0 A",
   x="reason:申请原因:choice:遗失|损坏|户主变更后换领:r")
it("姓名变更登记", "改名", "改名字 姓名变更 更改姓名 改姓", "ds", "QR", (20, 10),
   "sfz hkb SQ gmzm jhgx?", "",
   ["户口条例:18", "民法典:1012,1016"], "变更后的户口簿及身份证", place=HJ_PLACE,
   tbl="变更更正户口登记项目申请表", form="P A",
   x="oldName:原姓名:text:r;newName:拟变更姓名:text:r;reason:变更理由:text:r")
it("户口登记项目更正", "户口项目更正", "出生日期更正 民族更正 身份证号更正 性别变更", "ds", "QR", (20, 10),
   "sfz hkb SQ gmzm", "",
   ["户口条例:17"], "更正后的户口簿", place=HJ_PLACE, tbl="变更更正户口登记项目申请表", sub=True,
   form="P A", x="field:更正项目:choice:出生日期|民族|性别|出生地|公民身份号码:r;oldValue:原登记内容:text:r;newValue:更正后内容:text:r")
it("居民身份证申领", "身份证首次申领", "办身份证 第一次办身份证 首次申领 儿童身份证", "ds", "QR", (60, 15),
   "hkb sfzsq jhgx?", "tma",
   ["身份证法:2,8"], "居民身份证", place=HJ_PLACE, fees=["sfz20"], form="P0 A",
   x="under16:申领人是否未满十六周岁:bool")
it("居民身份证换领", "身份证换领", "身份证到期 换身份证 身份证过期 异地换领", "ds", "QR", (60, 15),
   "sfz_old! sfzsq hkb?", "tmao",
   ["身份证法:8,11"], "居民身份证", sub=True, place=HJ_PLACE, fees=["sfz20", "sfz40d"], form="P0 A",
   cond={"hkb": "户籍地办理且户口项目有变动的"},
   x="reason:换领原因:choice:有效期满|登记项目变更|证件损坏:r")
it("居民身份证补领", "身份证补领", "身份证丢失 补办身份证 身份证遗失", "ds", "QR", (60, 15),
   "sfzsq hkb?", "tmao",
   ["身份证法:11"], "居民身份证", sub=True, place=HJ_PLACE, fees=["sfz40"], form="P0 A",
   cond={"hkb": "在户籍地办理的"})
it("临时居民身份证申领", "临时身份证", "临时身份证 临时证 坐飞机 急用身份证", "ds", "QR", (3, 0),
   "hkb? zp1~ sfzsq", "t",
   ["临证办法"], "临时居民身份证", place=HJ_PLACE, fees=["lsfz10"], form="P0 A",
   cond={"hkb": "在户籍地办理的"}, x="reason:申领原因:choice:居民身份证正在申领|居民身份证遗失|居民身份证损坏:r")
it("户籍类证明出具", "户籍证明", "户籍证明 注销户口证明 户籍档案 亲属关系证明 户口证明", "ds", "QR", (3, 0),
   "sfz hjdacx wts? dlsfz?", "t",
   ["户口条例", "《公安部关于规范户籍证明工作的通知》"], "户籍证明", place=HJ_PLACE, form="P0 A",
   x="proofType:证明类型:choice:注销户口证明|户籍信息变更证明|户籍档案能反映的亲属关系证明|其他户籍证明:r;purpose:用途:text:r")
it("无犯罪记录证明开具", "无犯罪记录证明", "无犯罪证明 无犯罪记录 良民证 政审证明", "ds", "QT", (3, 1),
   "sfz wfzm zmyt~ wts? dlsfz?", "tmo",
   ["《公安机关办理无犯罪记录证明工作规定》"], "无犯罪记录证明", place=HJ_PLACE, form="P0 A",
   x="purpose:证明用途:choice:就业入职|出国（境）|升学考试|办理资质|其他:r")

# ==========================================================================
# 区市场监督管理局
# ==========================================================================
dept("SC", "区市场监督管理局", "市场监管", "0755-80001208",
     "%s一楼商事登记窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道市场监管所（街道政务服务中心）", community="各社区党群服务中心帮办代办点",
     hours=CENTRE_HOURS, form="E")

mat("gtsq", "个体工商户登记（备案）申请书", "oe", "form", 1)
mat("jyzsfz", "经营者居民身份证", "oe", "id", 0)
mat("gtbg", "个体工商户变更登记（备案）申请书", "oe", "form", 1)
mat("yyzz_o", "营业执照正、副本", "o", "id", 1, notes="变更、注销或换发时缴回")
mat("gsdj", "公司登记（备案）申请书", "oe", "form", 1, notes="由法定代表人签署")
mat("gszc", "公司章程", "oe", "other", 1, notes="有限责任公司由全体股东签署")
mat("gdzg", "股东主体资格证明或自然人身份证件", "oce", "id", 1)
mat("rzwj", "法定代表人、董事、监事和高级管理人员的任职文件", "oe", "other", 1, notes="股东会决议或决定")
mat("dzcl", "住所（经营场所）使用相关文件", "oc", "proof", 1, notes="可采用住所申报承诺制，提交住所信息申报表")
mat("gdjy", "股东会决议或决定", "oe", "other", 1, notes="全体股东或股东代表签署")
mat("zcxz", "修改后的公司章程或章程修正案", "oe", "other", 1, "c", "变更事项涉及章程修改的")
mat("qsbg_sc", "清算报告", "oe", "other", 1, notes="经股东会确认，清算组成员签署")
mat("qsgg", "清算组备案及债权人公告情况", "oe", "proof", 1, notes="通过国家企业信用信息公示系统公告满45日")
mat("jycn", "全体投资人承诺书", "oe", "form", 1, notes="承诺不存在未结清清算费用、职工工资、社会保险费用等")
mat("hhxy", "合伙协议", "oe", "contract", 1, notes="全体合伙人签名或盖章")
mat("hhqr", "全体合伙人的主体资格证明", "oce", "id", 1)
mat("tzrsm", "投资人居民身份证", "oe", "id", 0)
mat("hzsz", "合作社章程及成员名册", "oe", "other", 1, notes="成员出资清单须全体出资成员签名")
mat("hzdh", "设立大会纪要", "oe", "other", 1)
mat("zgs", "隶属公司营业执照", "oce", "id", 1, notes="复印件加盖公章")
mat("fzfz", "分公司负责人任职文件", "oe", "other", 1)
mat("xybg", "歇业备案申请书", "oe", "form", 1)
mat("xyfq", "信用修复申请书", "oe", "form", 1)
mat("sxcn", "守信承诺书", "oe", "form", 1)
mat("lxzm", "已履行行政处罚决定等义务的证明材料", "oc", "proof", 1)
mat("ycyc", "移出经营异常名录申请书", "oe", "form", 1)
mat("spxksq", "食品经营许可申请书", "oe", "form", 1)
mat("spzd", "保证食品安全的规章制度目录", "oe", "other", 1,
    notes="含从业人员健康管理、进货查验记录、食品安全自查等制度")
mat("spbj", "主要设备设施布局和操作流程文件", "oe", "other", 1, notes="餐饮服务提供专间、加工区域布局图")
mat("spaq", "食品安全管理人员名单及健康证明", "oe", "other", 1)
mat("spxk", "食品经营许可证正、副本", "o", "id", 1, notes="变更、延续或注销时缴回")
mat("spba", "仅销售预包装食品备案信息采集表", "oe", "form", 1)
mat("xzfdj", "食品小作坊登记申请表", "oe", "form", 1)
mat("tfbj", "食品摊贩登记卡申请表", "oe", "form", 1)
mat("jkz", "从业人员健康证明", "oc", "proof", 1)
mat("ypsq", "药品经营许可证申请表", "oe", "form", 1)
mat("ypzl", "质量负责人及执业药师资格证明", "oc", "id", 1)
mat("ypzd", "药品质量管理文件及主要设施、设备目录", "oe", "other", 1)
mat("ypxk", "药品经营许可证正、副本", "o", "id", 1)
mat("qxba", "第二类医疗器械经营备案表", "oe", "form", 1)
mat("qxzd", "经营质量管理制度、工作程序等文件目录", "oe", "other", 1)
mat("qxry", "质量负责人身份证明和学历或职称证明", "oc", "proof", 1)
mat("tsdj", "特种设备使用登记表", "oe", "form", 2)
mat("tsjy", "特种设备产品合格证及监督检验证明", "oc", "proof", 1)
mat("tsaz", "安装改造维修告知及竣工资料", "oc", "proof", 1, "c", "需要安装的特种设备", "含监督检验报告")
mat("tsdz", "特种设备使用登记证", "o", "id", 1)
mat("jlqj", "强制检定计量器具登记表", "oe", "form", 1)
mat("tsjb", "投诉书（举报材料）", "oe", "form", 1, notes="写明被投诉人、投诉请求和事实理由")
mat("xfzj", "购物凭证、合同或其他证据", "oc", "proof", 1, "n")
mat("gqcz", "股权出质设立登记申请书", "oe", "form", 1, notes="出质人和质权人共同签署")
mat("zyht", "质押合同", "oc", "contract", 1)
mat("gzqy", "个体工商户转型为企业申请书", "oe", "form", 1)
mat("bzxk", "营业执照补领（换发）申请书", "oe", "form", 1)
mat("ysgg", "遗失声明", "oe", "other", 1, "c", "营业执照遗失补领的", "通过国家企业信用信息公示系统发布")

it("个体工商户设立登记", "个体户开业", "个体户 办营业执照 个体工商户 开店 小店", "ds", "XK", (3, 0),
   "gtsq jyzsfz dzcl wts?", "tmo",
   ["个体条例", "登记条例:3,19", "登记细则"], "营业执照（个体工商户）", form="IND A")
it("个体工商户变更登记", "个体户变更", "个体户变更 营业执照变更 个体户改地址 经营者变更", "ds", "XK", (3, 0),
   "gtbg jyzsfz yyzz_o dzcl? wts?", "tmo",
   ["个体条例", "登记条例:24", "登记细则"], "变更后的营业执照", sub=True, form="IND A",
   cond={"dzcl": "变更经营场所的"},
   x="changeItems:变更事项:multiChoice:名称|经营者|经营场所|经营范围|组成形式:r")
it("个体工商户注销登记", "个体户注销", "个体户注销 营业执照注销 关店", "ds", "XK", (3, 0),
   "gtsq jyzsfz yyzz_o wts?", "to",
   ["个体条例", "登记条例:31,33", "登记细则"], "准予注销登记通知书", sub=True, form="IND A",
   tbl="个体工商户注销登记申请书")
it("个体工商户转型为企业", "个转企", "个转企 个体户转公司 个体转企业", "d", "XK", (3, 1),
   "gzqy gtsq yyzz_o gszc? tzrsm", "mo",
   ["个体条例", "登记细则", "《市场监管总局关于支持个体工商户转型为企业的若干措施》"], "营业执照（企业）",
   form="IND", cond={"gszc": "转型为公司的"},
   x="targetForm:拟转型企业类型:choice:有限责任公司|个人独资企业|合伙企业:r;keepName:是否保留原字号:bool")
it("有限责任公司设立登记", "公司设立", "开公司 注册公司 公司注册 有限公司 办营业执照", "d", "XK", (3, 1),
   "gsdj gszc gdzg rzwj dzcl frsfz wts?", "tmo",
   ["公司法:29,30", "登记条例:3,16,19", "登记细则"], "营业执照", form="EN A")
it("公司变更登记", "公司变更", "公司变更 法人变更 股东变更 地址变更 增资 减资", "d", "XK", (3, 1),
   "gsdj gdjy zcxz? yyzz_o dzcl? wts?", "tmo",
   ["公司法:34,35", "登记条例:24", "登记细则"], "变更后的营业执照", sub=True, form="E A",
   cond={"dzcl": "变更住所的"},
   x="changeItems:变更事项:multiChoice:名称|住所|法定代表人|注册资本|经营范围|股东（股权转让）|公司类型:r")
it("公司注销登记", "公司注销", "公司注销 企业注销 清算注销", "d", "XK", (3, 1),
   "gsdj gdjy qsbg_sc qsgg yyzz_o wts?", "o",
   ["公司法:239,240", "登记条例:31,32", "登记细则"], "准予注销登记通知书", sub=True, form="E A",
   tbl="企业注销登记申请书")
it("企业简易注销登记", "简易注销", "简易注销 快速注销 未开业注销 无债务注销", "d", "XK", (3, 1),
   "gsdj jycn yyzz_o wts?", "o",
   ["公司法:240", "登记条例:33", "登记细则"], "准予简易注销登记通知书", sub=True, form="E A",
   tbl="企业注销登记申请书（简易注销）",
   x="noticeFinished:简易注销公告已期满（20日）无异议:bool:r")
it("个人独资企业设立登记", "个人独资企业设立", "个人独资企业 独资企业注册", "d", "XK", (3, 1),
   "gsdj tzrsm dzcl wts?", "mo",
   ["《中华人民共和国个人独资企业法》", "登记条例", "登记细则"], "营业执照", form="P A",
   tbl="个人独资企业登记（备案）申请书",
   x="entName:企业名称:text:r;entAddress:企业住所:address:r;investAmount:投资人申报出资额（万元）:number:r;businessScope:经营范围:text:r")
it("合伙企业设立登记", "合伙企业设立", "合伙企业 有限合伙 普通合伙", "d", "XK", (3, 1),
   "gsdj hhxy hhqr dzcl wts?", "mo",
   ["《中华人民共和国合伙企业法》", "登记条例", "登记细则"], "营业执照", form="P A PARTNERS",
   tbl="合伙企业登记（备案）申请书",
   x="entName:企业名称:text:r;partnershipType:合伙类型:choice:普通合伙|有限合伙|特殊普通合伙:r;executivePartner:执行事务合伙人:text:r;businessScope:经营范围:text:r")
it("农民专业合作社设立登记", "合作社设立", "合作社 农民合作社 专业合作社", "d", "XK", (3, 1),
   "gsdj hzsz hzdh dzcl frsfz", "mo",
   ["《中华人民共和国农民专业合作社法》", "登记条例", "登记细则"], "营业执照（农民专业合作社）",
   form="P A COOP", tbl="农民专业合作社登记（备案）申请书",
   x="coopName:合作社名称:text:r;memberCount:成员总数:number:r;farmerMembers:农民成员数:number:r;businessScope:业务范围:text:r")
it("分公司设立登记", "分公司设立", "分公司 分支机构 设立分店", "d", "XK", (3, 1),
   "gsdj zgs fzfz dzcl wts?", "mo",
   ["公司法:13", "登记条例", "登记细则"], "营业执照（分公司）", form="E A",
   x="branchName:分公司名称:text:r;branchAddress:营业场所:address:r;branchManager:负责人:text:r")
it("营业执照补领换发", "执照补换发", "营业执照丢失 营业执照补办 营业执照换新 执照遗失", "ds", "XK", (3, 0),
   "bzxk ysgg? yyzz_o? frsfz wts?", "tmo",
   ["登记细则"], "营业执照", form="E A", cond={"yyzz_o": "换发的"},
   x="reason:申请原因:choice:遗失补领|损毁换发|增加副本:r;copies:需要副本数量:number")
it("市场主体歇业备案", "歇业备案", "歇业 暂停营业 歇业备案", "d", "QT", (3, 0),
   "xybg wts?", "o",
   ["登记条例:30", "登记细则"], "歇业备案通知", form="E A",
   x="suspendFrom:歇业起始日期:date:r;suspendTo:歇业终止日期:date:r;contactAddress:歇业期间法律文书送达地址:address:r")
it("市场监管领域信用修复", "信用修复", "信用修复 行政处罚信息修复 移出严重违法失信名单", "d", "QT", (15, 10),
   "xyfq sxcn lxzm yyzz", "o",
   ["《市场监督管理信用修复管理办法》"], "信用修复决定书", form="E A",
   x="repairType:修复类型:choice:行政处罚信息公示期满提前停止公示|移出经营异常名录|移出严重违法失信名单:r")
it("经营异常名录移出", "移出异常名录", "异常名录 经营异常 移出异常", "d", "QT", (5, 3),
   "ycyc yyzz lxzm?", "o",
   ["《企业经营异常名录管理暂行办法》"], "移出经营异常名录决定书", form="E",
   cond={"lxzm": "因通过登记的住所无法联系被列入、已变更住所或提供联系方式的"},
   x="reason:列入原因:choice:未按期公示年度报告|未在责令期限内公示有关信息|公示信息隐瞒真实情况弄虚作假|通过登记的住所无法联系:r")
it("食品经营许可", "食品经营许可", "食品经营许可证 餐饮许可 食堂 奶茶店 饭店 超市", "d", "XK", (10, 5),
   "spxksq yyzz spzd spbj spaq frsfz wts?", "tmo",
   ["食安法:35", "食许办法"], "食品经营许可证", st="ps", form="E SITE A",
   x="mainBusiness:经营主体业态:choice:食品销售经营者|餐饮服务经营者|单位食堂:r;items:经营项目:multiChoice:预包装食品销售|散装食品销售|特殊食品销售|热食类食品制售|冷食类食品制售|生食类食品制售|半成品制售|自制饮品制售:r;networkSales:是否网络经营:bool")
it("食品经营许可变更", "食品许可变更", "食品许可证变更 变更经营项目 变更负责人", "d", "XK", (10, 3),
   "spxksq spxk bgwj? yyzz", "tmo",
   ["食安法:35", "食许办法"], "食品经营许可证", sub=True, form="E A",
   cond={"bgwj": "变更名称、法定代表人等登记事项的"},
   x="changeItems:变更事项:multiChoice:经营者名称|法定代表人（负责人）|住所|经营项目|主体业态:r")
it("食品经营许可延续", "食品许可延续", "食品许可证到期 食品许可延续 换证", "d", "XK", (10, 3),
   "spxksq spxk yyzz", "tmo",
   ["食许办法"], "食品经营许可证", sub=True, form="E A")
it("食品经营许可注销", "食品许可注销", "食品许可证注销 停止食品经营", "d", "XK", (5, 0),
   "spxksq spxk? yyzz", "to",
   ["食许办法"], "注销通知", sub=True, form="E A", cond={"spxk": "许可证未遗失的"})
it("仅销售预包装食品备案", "预包装食品备案", "预包装食品 便利店 零售备案 小卖部", "ds", "QT", (1, 0),
   "spba yyzz jyzsfz", "to",
   ["食安法:35", "食许办法"], "仅销售预包装食品备案信息凭证", form="E A")
it("食品小作坊登记", "小作坊登记", "食品作坊 小作坊 手工食品", "d", "QR", (15, 10),
   "xzfdj yyzz jkz zxfw", "mo",
   ["食安法:36", LOCAL("食品小作坊小餐饮和食品摊贩管理条例")], "食品小作坊登记证", st="ps",
   form="E SITE", x="products:生产加工食品品种:text:r")
it("食品摊贩登记", "食品摊贩登记", "摊贩 流动摊点 早餐摊 小吃摊", "ds", "QR", (5, 0),
   "tfbj jyzsfz jkz zp1", "t",
   ["食安法:36", LOCAL("食品小作坊小餐饮和食品摊贩管理条例")], "食品摊贩登记卡", form="P",
   x="stallLocation:经营区域（街道划定的点位）:text:r;foodTypes:经营食品品种:text:r;hours:经营时段:text")
it("药品零售企业经营许可", "药品零售许可", "开药店 药店许可证 药品经营许可证 零售药店", "d", "XK", (20, 15),
   "ypsq yyzz ypzl ypzd csqz zxfw", "om",
   ["药品法:51,52", "《药品经营和使用质量监督管理办法》"], "药品经营许可证", st="ps", form="E SITE",
   x="scope:经营范围:multiChoice:中药饮片|中成药|化学药|生物制品（除疫苗）|第二类精神药品:r")
it("药品经营许可证变更换证", "药品许可变更", "药店许可证变更 药品许可证换证", "d", "XK", (15, 10),
   "ypsq ypxk bgwj?", "om",
   ["药品法:51", "《药品经营和使用质量监督管理办法》"], "药品经营许可证", sub=True, form="E",
   cond={"bgwj": "变更许可事项或登记事项的"},
   x="applyType:申请类型:choice:许可事项变更|登记事项变更|到期换证:r")
it("第二类医疗器械经营备案", "二类器械备案", "二类医疗器械 医疗器械备案 口罩 体温计 血压计", "d", "QT", (1, 0),
   "qxba yyzz qxzd qxry csqz", "o",
   ["器械条例:41", "《医疗器械经营监督管理办法》"], "第二类医疗器械经营备案凭证", form="E SITE")
it("特种设备使用登记", "特种设备使用登记", "电梯登记 锅炉登记 压力容器 叉车登记 特种设备", "d", "XK", (15, 5),
   "tsdj tsjy tsaz? yyzz", "mo",
   ["特设法:33", "《特种设备使用管理规则》"], "特种设备使用登记证", form="E",
   x="equipmentType:设备种类:choice:电梯|锅炉|压力容器|起重机械|场（厂）内专用机动车辆|大型游乐设施|客运索道:r;equipmentCode:设备代码:text:r;quantity:台数:number:r")
it("特种设备使用登记变更注销", "特种设备登记变更", "电梯变更登记 特种设备注销 移装 过户", "d", "XK", (15, 5),
   "tsdj tsdz yyzz", "mo",
   ["特设法:33", "《特种设备使用管理规则》"], "特种设备使用登记证（变更）或注销证明", sub=True, form="E",
   x="applyType:申请类型:choice:改造变更|移装变更|使用单位变更|更名变更|停用|报废注销:r")
it("强制检定计量器具登记备案", "计量器具备案", "计量 强检 电子秤 加油机 出租车计价器", "d", "GG", (10, 5),
   "jlqj yyzz", "o",
   ["计量法:9", "《中华人民共和国强制检定的工作计量器具检定管理办法》"], "强制检定备案回执", form="E",
   x="instrumentType:计量器具名称:text:r;quantity:数量:number:r;usePlace:使用地点:address:r")
it("消费投诉举报受理", "消费投诉", "投诉 举报 12315 消费维权 退款 质量问题", "dsc", "QT", (7, 5),
   "tsjb sfz xfzj", "to",
   ["《中华人民共和国消费者权益保护法》", "《市场监督管理投诉举报处理暂行办法》"], "受理（不予受理）告知",
   form="P A",
   x="respondent:被投诉经营者:text:r;respondentAddress:经营者地址:address:r;purchaseDate:消费日期:date;amount:涉及金额（元）:number;request:投诉请求:choice:退货退款|更换|修理|赔偿|其他:r")
it("股权出质设立登记", "股权出质登记", "股权质押 股权出质", "d", "QR", (3, 0),
   "gqcz zyht yyzz wts?", "o",
   ["民法典:443", "《股权出质登记办法》"], "股权出质设立登记通知书", form="E A",
   x="pledgor:出质人:text:r;pledgee:质权人:text:r;pledgedAmount:出质股权数额（万元）:number:r")

# ==========================================================================
# 区住房和城乡建设局
# ==========================================================================
dept("ZJ", "区住房和城乡建设局", "住建", "0755-80001209",
     "%s三楼住房和建设窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道政务服务中心住房保障窗口", community="各社区党群服务中心住房保障受理点",
     form="E")

mat("zfqk", "家庭住房情况声明", "o", "form", 1, notes="如实申报共同申请人在本市的住房情况")
mat("gzzm_zj", "劳动合同或社会保险缴纳记录", "oc", "proof", 1, "c", "非本市户籍申请人申请的",
    "可通过数据共享核验的免于提交")
mat("zjsq_fc", "保障性住房申请表", "oe", "form", 1)
mat("gzfht", "公共租赁住房租赁合同", "oc", "contract", 1)
mat("ydpz", "用地批准手续", "oc", "proof", 1, notes="不动产权证书或土地使用权出让合同")
mat("ghxk_zj", "建设工程规划许可证", "oce", "id", 1)
mat("sght", "施工合同", "oc", "contract", 1, notes="中标通知书或直接发包批准文件")
mat("zjcn", "建设资金已经落实承诺书", "o", "form", 1)
mat("aqcs", "保证工程质量和安全的具体措施", "oe", "other", 1)
mat("sgtz", "施工图设计文件审查合格书或告知承诺书", "oce", "proof", 1)
mat("sgxk", "建筑工程施工许可证", "o", "id", 1)
mat("jgys", "工程竣工验收报告", "oc", "proof", 1, notes="建设、勘察、设计、施工、监理单位签署")
mat("zlbx", "住宅质量保证书和住宅使用说明书", "oc", "other", 1, "c", "商品住宅工程的")
mat("xfys", "消防验收申请表及工程竣工验收报告", "oe", "form", 1)
mat("xfjc", "消防设施检测报告", "oc", "proof", 1)
mat("xfsj", "消防设计文件及相关技术资料", "oe", "other", 1)
mat("xfsc", "特殊消防设计技术资料", "oe", "other", 1, "c", "属于特殊建设工程且采用特殊消防设计的")
mat("ysfa", "商品房预售方案", "oe", "other", 1, notes="含房屋平面图、预售面积、价格等")
mat("ystz", "工程施工进度证明", "oc", "proof", 1, notes="投入开发建设资金达到工程建设总投资25%以上的证明")
mat("zlht_zj", "房屋租赁合同", "oc", "contract", 1)
mat("czrsfz", "出租人和承租人身份证明", "oce", "id", 1)
mat("fwqs", "房屋权属证明", "oce", "proof", 1, notes="不动产权证书或其他合法权属证明")
mat("mmht", "商品房买卖合同", "oe", "contract", 1)
mat("jgxy", "存量房交易资金监管协议", "o", "contract", 1)
mat("yzdh", "业主大会会议记录及决定", "oc", "proof", 1)
mat("yzhm", "业主委员会委员名单及身份证明", "oc", "other", 1)
mat("glgy", "管理规约和业主大会议事规则", "oe", "other", 1)
mat("wxsq", "维修资金使用申请书及维修方案", "oe", "form", 1)
mat("yzbj", "业主表决结果", "oc", "proof", 1, notes="经专有部分占建筑物总面积三分之二以上且人数三分之二以上业主参与表决")
mat("wxys", "维修工程预算及施工合同", "oc", "contract", 1)
mat("jtdt", "加装电梯业主协议及意见征询结果", "oc", "proof", 1)
mat("jtsj", "加装电梯设计方案及结构安全论证", "oe", "other", 1)
mat("fwjd", "房屋安全鉴定委托书", "oe", "form", 1)
mat("qzjx", "起重机械产品合格证、备案证明及安装验收资料", "oc", "proof", 1)
mat("jjjg", "房地产经纪机构备案表", "oe", "form", 1)
mat("jjry", "房地产经纪专业人员职业资格证书", "oc", "id", 1)
mat("rqcs", "燃气设施竣工验收及安全评价资料", "oc", "proof", 1)
mat("rqry", "企业主要负责人、安全管理人员及运行维护人员考核合格证明", "oc", "proof", 1)
mat("rqzd", "燃气经营安全管理制度及应急预案", "oe", "other", 1)
mat("byfz", "白蚁预防合同", "oc", "contract", 1)
mat("wyht", "物业服务合同", "oc", "contract", 1)

it("公共租赁住房资格申请", "公租房申请", "公租房 廉租房 保障房 公共租赁住房 住房保障", "dsc", "QR", (30, 20),
   "sfz1 hkb zjsq_fc zfqk hdsq jtsr gzzm_zj? wts?", "to",
   ["公租房办法", LOCAL("公共租赁住房管理办法")], "公共租赁住房资格确认通知",
   st="st", form="P FAM A",
   x="currentHousing:现住房情况:choice:无自有住房|人均住房面积低于标准|租住公房|其他:r;roomType:意向户型:choice:一居室|两居室|三居室")
it("公共租赁住房资格年度复核", "公租房复核", "公租房年审 保障资格复核 公租房续租", "dsc", "QR", (20, 10),
   "sfz zjsq_fc zfqk hdsq gzfht", "to",
   ["公租房办法", LOCAL("公共租赁住房管理办法")], "资格复核结果通知", sub=True, st="st", form="P FAM A")
it("公共租赁住房租赁补贴申请", "租赁补贴", "住房补贴 租房补贴 货币补贴 住房租赁补贴", "dsc", "GF", (30, 20),
   "sfz hkb zjsq_fc zfqk hdsq zlht_zj yhk", "to",
   ["公租房办法", LOCAL("住房租赁补贴发放办法")], "租赁补贴核定通知", st="st", form="P FAM BANK A")
it("保障性租赁住房申请", "保租房申请", "保障性租赁住房 保租房 新市民 青年人 人才房", "ds", "GG", (15, 10),
   "sfz zjsq_fc zfqk gzzm_zj!", "to",
   ["《国务院办公厅关于加快发展保障性租赁住房的意见》（国办发〔2021〕22号）"], "配租资格确认及选房通知",
   form="P FAM A", x="project:意向项目:text")
it("建筑工程施工许可证核发", "施工许可", "施工许可证 开工 建筑工程施工许可", "d", "XK", (7, 3),
   "SQ ydpz ghxk_zj sght sgtz zjcn aqcs", "mo",
   ["建筑法:7,8", "施工许可办法"], "建筑工程施工许可证", tbl="建筑工程施工许可申请表", form="PROJ",
   x="contractAmount:合同价格（万元）:number:r;constructor:施工单位:text:r;supervisor:监理单位:text")
it("建筑工程施工许可变更", "施工许可变更", "施工许可证变更 施工单位变更 延期开工", "d", "XK", (7, 3),
   "SQ sgxk bgwj", "mo",
   ["建筑法:9", "施工许可办法"], "建筑工程施工许可证（变更）", sub=True, form="PROJ",
   x="changeItems:变更事项:multiChoice:建设单位名称|施工单位|监理单位|建设规模|延期开工:r")
it("房屋建筑和市政基础设施工程竣工验收备案", "竣工验收备案", "竣工备案 竣工验收 工程备案", "d", "QT", (15, 5),
   "SQ jgys ghxk_zj zlbx? sgxk", "o",
   ["质量条例:49", "《房屋建筑和市政基础设施工程竣工验收备案管理办法》"], "竣工验收备案证明书",
   tbl="房屋建筑和市政基础设施工程竣工验收备案表", form="PROJ")
it("特殊建设工程消防设计审查", "消防设计审查", "消防审图 消防设计 特殊建设工程", "d", "XK", (15, 10),
   "SQ xfsj xfsc? ghxk_zj?", "o",
   ["消防法:11", "消防验收"], "特殊建设工程消防设计审查意见书", form="PROJ",
   cond={"ghxk_zj": "依法需要办理建设工程规划许可的"},
   x="specialType:特殊建设工程类别:text:r")
it("特殊建设工程消防验收", "消防验收", "消防验收 消防检查 竣工消防", "d", "XK", (15, 10),
   "xfys xfjc ghxk_zj", "o",
   ["消防法:13", "消防验收"], "特殊建设工程消防验收意见书", st="ps", form="PROJ")
it("其他建设工程消防验收备案", "消防验收备案", "消防备案 装修消防备案 一般工程消防", "d", "QT", (5, 0),
   "xfys xfjc", "o",
   ["消防法:13", "消防验收"], "消防验收备案凭证", form="PROJ")
it("商品房预售许可", "预售许可", "预售证 商品房预售 楼盘预售 卖楼花", "d", "XK", (10, 5),
   "SQ yyzz ydpz ghxk_zj sgxk ystz ysfa", "o",
   ["房地产法:45", "《城市商品房预售管理办法》"], "商品房预售许可证", st="ps", form="PROJ",
   x="presaleArea:预售面积（平方米）:number:r;presaleUnits:预售套数:number:r;buildingNos:预售楼栋:text:r")
it("房屋租赁登记备案", "租赁备案", "租房备案 房屋租赁备案 租赁合同备案 出租屋登记", "dsc", "QT", (3, 0),
   "zlht_zj czrsfz fwqs", "to",
   ["房地产法:54", "租赁办法:14"], "房屋租赁登记备案证明", form="P A",
   x="houseAddress:出租房屋地址:address:r;rentMonthly:月租金（元）:number:r;leaseStart:租赁起始日:date:r;leaseEnd:租赁终止日:date:r;tenantName:承租人姓名:text:r")
it("商品房买卖合同网签备案", "网签备案", "购房合同备案 网签 商品房备案", "d", "QT", (3, 0),
   "mmht sfz yyzz", "o",
   ["房地产法:45", "《城市商品房预售管理办法》"], "商品房买卖合同备案证明", form="P",
   x="projectName:项目名称:text:r;unitNo:房号:text:r;totalPrice:成交总价（万元）:number:r")
it("存量房交易资金监管", "二手房资金监管", "二手房 资金监管 交易资金 存量房", "d", "GG", (3, 0),
   "jgxy sfz fwqs", "o",
   ["房地产法", LOCAL("存量房交易资金监管办法")], "资金监管协议（监管账户信息）", form="P",
   x="houseAddress:房屋坐落:address:r;amount:监管金额（万元）:number:r;buyerName:买受人:text:r")
it("业主大会成立和业主委员会备案", "业委会备案", "业委会 业主大会 业主委员会换届 备案", "ds", "QT", (10, 5),
   "SQ yzdh yzhm glgy", "",
   ["物业条例:10,16"], "业主委员会备案回执", form="P",
   x="communityName:物业管理区域名称:text:r;electedDate:选举产生日期:date:r;memberCount:委员人数:number:r")
it("住宅专项维修资金使用申请", "维修资金使用", "维修基金 电梯维修 屋面防水 外墙维修 公共维修", "ds", "GG", (10, 5),
   "wxsq yzbj wxys sfz", "",
   ["物业条例:53,54", "《住宅专项维修资金管理办法》"], "维修资金划转通知", form="P",
   x="communityName:小区名称:text:r;repairItem:维修项目:choice:电梯|屋面防水|外墙|给排水管网|消防设施|其他:r;budget:预算金额（万元）:number:r;emergency:是否应急维修:bool")
it("住宅专项维修资金余额查询", "维修资金查询", "维修基金查询 维修资金余额", "dsc", "GG", (1, 0),
   "sfz fwqs", "to",
   ["《住宅专项维修资金管理办法》"], "维修资金余额查询单", form="P0",
   x="houseAddress:房屋坐落:address:r")
it("既有住宅加装电梯备案", "加装电梯", "老旧小区加装电梯 加梯 旧楼电梯", "ds", "QT", (10, 5),
   "SQ jtdt jtsj fwqs sfz", "",
   [LOCAL("既有住宅增设电梯指导意见")], "加装电梯备案回执", form="P",
   x="building:楼栋:text:r;floors:楼层数:number:r;households:本单元户数:number:r;agreeRatio:同意户数占比（%）:number:r")
it("房屋安全鉴定申请", "房屋安全鉴定", "危房鉴定 房屋鉴定 房屋开裂 危房", "ds", "GG", (20, 15),
   "fwjd sfz fwqs", "a",
   [LOCAL("房屋使用安全管理办法")], "房屋安全鉴定报告", form="P",
   x="houseAddress:房屋坐落:address:r;problem:主要问题:multiChoice:墙体开裂|地基沉降|结构变形|渗漏|其他:r")
it("建筑起重机械使用登记", "起重机械登记", "塔吊 施工升降机 起重机械", "d", "QR", (7, 3),
   "SQ qzjx sgxk", "o",
   ["《建筑起重机械安全监督管理规定》"], "建筑起重机械使用登记证明", form="E",
   x="machineType:机械类型:choice:塔式起重机|施工升降机|物料提升机|门式起重机:r;recordNo:产权备案编号:text:r")
it("房地产经纪机构备案", "经纪机构备案", "中介备案 房产中介 经纪机构", "d", "QT", (5, 3),
   "jjjg yyzz jjry", "o",
   ["房地产法:58", "《房地产经纪管理办法》"], "房地产经纪机构备案证明", form="E")
it("燃气经营许可", "燃气经营许可", "瓶装燃气 液化气站 燃气许可证 燃气供应站", "d", "XK", (20, 15),
   "SQ yyzz rqcs rqry rqzd", "om",
   ["燃气条例:15"], "燃气经营许可证", st="ps", form="E",
   x="gasType:燃气种类:choice:管道天然气|瓶装液化石油气|压缩天然气:r;stationAddress:供应站地址:address:r")
it("新建房屋白蚁预防登记", "白蚁预防", "白蚁 白蚁防治 白蚁预防", "d", "GG", (5, 0),
   "byfz sgxk", "o",
   ["《城市房屋白蚁防治管理规定》"], "白蚁预防登记回执", form="PROJ")
it("物业服务项目备案", "物业项目备案", "物业备案 物业服务合同备案 前期物业", "d", "QT", (5, 3),
   "wyht yyzz glgy", "o",
   ["物业条例"], "物业服务项目备案回执", form="E",
   x="communityName:物业项目名称:text:r;contractType:合同类型:choice:前期物业服务合同|物业服务合同:r")

# ==========================================================================
# 区城市管理和综合执法局
# ==========================================================================
dept("CG", "区城市管理和综合执法局", "城管", "0755-80001210",
     "%s三楼城市管理窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道综合行政执法队（街道政务服务中心）", community="各社区党群服务中心",
     form="E")

mat("wjsj", "施工设计图及管线位置图", "oc", "other", 1)
mat("ghpz", "规划部门批准文件", "oc", "proof", 1, notes="建设工程规划许可证或管线规划批复")
mat("jtsh", "交通组织方案及公安交通管理部门意见", "oc", "proof", 1)
mat("aqbz", "施工安全保障措施及修复承诺书", "o", "form", 1)
mat("zyfa", "占用道路方案及现场照片", "oe", "other", 1)
mat("ggsj", "户外广告设计效果图及结构图", "oe", "other", 1, notes="标明规格、材质、位置")
mat("ggaq", "结构安全检测报告或设计单位安全证明", "oc", "proof", 1, notes="大型户外广告须提供")
mat("ggcq", "设置载体产权人同意书", "o", "proof", 1)
mat("dzsj", "店招店牌样式图", "oe", "other", 1)
mat("bynr", "标语或宣传品内容及设置位置示意图", "oe", "other", 1)
mat("lzfa", "建筑垃圾处置方案", "oe", "other", 1, notes="含运输单位、运输线路、消纳场所")
mat("ysht", "建筑垃圾运输合同及消纳场所证明", "oc", "contract", 1)
mat("cljs", "运输车辆行驶证及密闭装置证明", "oc", "id", 1)
mat("hwsb", "清扫、收集、运输设备清单", "oe", "other", 1)
mat("hwzd", "作业规范及安全管理制度", "oe", "other", 1)
mat("psxk", "排水户内部排水管网、专用检测井及接驳位置图", "oc", "other", 1)
mat("pswz", "排水水质检测报告", "oc", "proof", 1, "c", "排放工业废水或餐饮等污水的")
mat("ldsq", "临时占用绿地申请及恢复方案", "oe", "form", 1)
mat("smwz", "树木现状照片及位置图", "oe", "other", 1)
mat("mycl", "狂犬病免疫证明", "o", "proof", 1, notes="由动物诊疗机构出具，一年内有效")
mat("qzzp", "犬只正面和侧面照片", "e", "other", 0)
mat("cszm_dog", "住所证明", "oc", "proof", 1, notes="不动产权证书或房屋租赁合同")
mat("dogz", "养犬登记证", "oe", "id", 0)
mat("dogsw", "犬只死亡或送交收容证明", "oc", "proof", 1, "c", "因犬只死亡注销的")
mat("xrht", "犬只转让协议", "o", "contract", 1)
mat("dcjd", "餐厨垃圾收运协议", "oc", "contract", 1)
mat("djlj", "大件垃圾清运预约登记表", "oe", "form", 1, notes="可电话或网上预约，由社区工作人员代填")
mat("bxdj", "问题位置描述及现场照片", "oe", "proof", 1, notes="注明道路名称、门牌号或附近标志物")

it("城市道路挖掘许可", "挖掘道路许可", "挖路 道路开挖 管线施工 挖掘城市道路", "d", "XK", (20, 10),
   "SQ ghpz wjsj jtsh aqbz yyzz", "om",
   ["道路条例:30,33", LOCAL("城市道路管理办法")], "城市道路挖掘许可决定书", tbl="城市道路挖掘申请表",
   st="ps", form="E ROAD",
   x="pipeType:管线类别:choice:供水|排水|燃气|电力|通信|热力|其他:r")
it("城市道路临时占用许可", "占用道路许可", "占道 临时占道 占用人行道 施工占道 搭建围挡", "d", "XK", (20, 10),
   "SQ zyfa jtsh yyzz", "om",
   ["道路条例:30,31", LOCAL("城市道路管理办法")], "城市道路临时占用许可决定书", tbl="城市道路临时占用申请表",
   form="E ROAD", x="occupyPurpose:占用用途:choice:施工围挡|堆放物料|搭建临时设施|举办活动|其他:r")
it("户外广告设施设置审批", "户外广告设置", "户外广告 广告牌 大型广告 楼顶广告 LED屏", "d", "XK", (20, 10),
   "SQ yyzz ggsj ggaq ggcq", "om",
   ["市容条例:11", "广告法:41", LOCAL("户外广告设施和招牌设置管理办法")], "户外广告设施设置许可决定书",
   st="ps", form="E",
   x="adLocation:设置地点:address:r;adType:广告类型:choice:楼顶广告|墙面广告|立柱广告|LED电子显示屏|其他:r;adSize:规格（长×宽，米）:text:r;period:设置期限（月）:number:r")
it("店招店牌设置备案", "店招备案", "招牌 店招 门头 店牌 门店招牌", "ds", "QT", (5, 0),
   "SQ yyzz dzsj", "to",
   ["市容条例:11", LOCAL("户外广告设施和招牌设置管理办法")], "店招店牌设置备案回执", form="E",
   x="signSize:招牌规格（长×宽，米）:text:r;lighting:是否设置灯光照明:bool")
it("临时悬挂、设置标语或者宣传品审批", "悬挂宣传品审批", "横幅 条幅 宣传品 彩旗 拱门 临时标语", "d", "XK", (5, 3),
   "SQ bynr yyzz", "o",
   ["市容条例:11", LOCAL("市容和环境卫生管理条例")], "临时悬挂、设置宣传品许可决定书", form="E",
   x="startDate:开始日期:date:r;endDate:结束日期:date:r;itemType:宣传品类型:multiChoice:横幅|彩旗|气球|拱门|展板:r;quantity:数量:number:r")
it("建筑垃圾处置核准", "建筑垃圾处置", "渣土 建筑垃圾 余泥渣土 消纳 装修垃圾", "d", "XK", (20, 10),
   "SQ lzfa ysht cljs yyzz", "om",
   ["建筑垃圾:7", "固废法"], "建筑垃圾处置核准文件", form="E PROJ",
   x="wasteVolume:预计排放量（立方米）:number:r;disposalSite:消纳场所:text:r")
it("从事城市生活垃圾经营性清扫、收集、运输服务审批", "生活垃圾清运许可", "垃圾清运 环卫 保洁公司 垃圾收运", "d", "XK", (20, 15),
   "SQ yyzz hwsb hwzd cljs", "om",
   ["生活垃圾", "固废法"], "城市生活垃圾经营性清扫、收集、运输服务许可证", st="ps", form="E",
   x="serviceItems:申请服务项目:multiChoice:清扫|收集|运输:r;vehicleCount:车辆数量:number")
it("城镇污水排入排水管网许可", "排水许可", "排水证 排水许可证 污水排放 餐饮排水", "d", "XK", (15, 10),
   "SQ yyzz psxk pswz?", "om",
   ["排水条例:21", "《城镇污水排入排水管网许可管理办法》"], "城镇污水排入排水管网许可证", st="ps",
   form="E", x="drainType:排水户类型:choice:餐饮|洗车|医疗|工业|建筑施工|其他:r;dailyVolume:日排水量（吨）:number:r")
it("临时占用城市绿地审批", "占用绿地", "占用绿地 绿地施工 临时占绿", "d", "XK", (20, 10),
   "ldsq smwz yyzz", "o",
   ["绿化条例", LOCAL("城市绿化条例")], "临时占用城市绿地许可决定书", form="E",
   x="greenLocation:绿地位置:address:r;area:占用面积（平方米）:number:r;occupyDays:占用天数:number:r")
it("砍伐、迁移城市树木审批", "树木砍伐迁移", "砍树 迁树 移树 修剪 古树", "d", "XK", (20, 10),
   "SQ smwz yyzz? sfz?", "o",
   ["绿化条例", LOCAL("城市绿化条例")], "树木砍伐（迁移）许可决定书", form="P",
   cond={"yyzz": "由单位申请的", "sfz": "由个人申请的"},
   x="treeLocation:树木所在地点:address:r;treeCount:株数:number:r;species:树种:text:r;reason:申请原因:choice:危及安全|工程建设|病虫害|影响采光通风|其他:r")
it("养犬登记", "养犬登记", "狗证 犬证 办狗证 犬只登记 养狗", "ds", "QR", (5, 0),
   "sfz mycl qzzp cszm_dog", "tmo",
   ["动防法:30", LOCAL("养犬管理条例")], "养犬登记证及犬牌", form="P",
   x="dogName:犬名:text;breed:犬种:text:r;dogGender:性别:choice:公|母:r;dogColor:毛色:text:r;dogBirth:出生年月:date;neutered:是否绝育:bool")
it("犬只年度免疫登记续期", "犬证年检", "狗证年审 犬证年检 犬只续期", "ds", "QR", (5, 0),
   "dogz mycl", "tmo",
   ["动防法:30", LOCAL("养犬管理条例")], "续期后的养犬登记证", sub=True, form="P0")
it("犬只登记变更注销", "犬证变更注销", "犬只过户 犬证注销 狗死亡注销 养犬人变更", "ds", "QR", (5, 0),
   "dogz sfz xrht? dogsw?", "to",
   ["动防法:30", LOCAL("养犬管理条例")], "变更或注销回执", sub=True, form="P0",
   cond={"xrht": "犬只转让的"},
   x="applyType:申请类型:choice:养犬人变更（转让）|住所变更|犬只死亡注销|送交收容注销:r")
it("大件垃圾预约清运", "大件垃圾清运", "旧家具 大件垃圾 旧床垫 废旧家具", "sc", "GG", (3, 0),
   "djlj sfz", "ta",
   ["固废法:43,49", LOCAL("生活垃圾分类管理条例")], "预约清运回执", form="P0",
   x="items:物品类别:multiChoice:家具|床垫|家电|其他:r;pickupAddress:清运地址:address:r;pickupDate:期望清运日期:date:r")
it("装修垃圾清运预约", "装修垃圾清运", "装修垃圾 装修余泥 装修渣土", "sc", "GG", (3, 0),
   "sfz fwqs", "ta",
   ["建筑垃圾", LOCAL("生活垃圾分类管理条例")], "清运预约回执", form="P0",
   x="pickupAddress:清运地址:address:r;bags:预计袋数:number:r;pickupDate:期望清运日期:date:r")
it("餐厨垃圾收运登记", "餐厨垃圾登记", "餐厨垃圾 厨余 地沟油 泔水 餐饮垃圾", "d", "GG", (5, 0),
   "dcjd yyzz", "o",
   ["固废法:58", LOCAL("餐厨垃圾管理办法")], "餐厨垃圾收运登记回执", form="E",
   x="dailyAmount:日均产生量（公斤）:number:r;seats:餐位数:number")
it("市政设施损坏报修", "市政设施报修", "井盖 路灯 路面坑洼 护栏损坏 市政报修", "dsc", "GG", (3, 0),
   "bxdj sfz~", "to",
   ["道路条例"], "报修受理回执", form="P0",
   x="facility:设施类别:choice:井盖|路灯|路面|人行道|护栏|排水设施|其他:r;location:位置描述:text:r")

# ==========================================================================
# 区教育局
# ==========================================================================
dept("JY", "区教育局", "教育", "0755-80001211",
     "%s三楼教育窗口（%s）" % (CENTRE, CENTRE_ADDR), form="P A")

mat("ertj", "适龄儿童户口簿", "oc", "id", 1)
mat("fmzs", "父母或法定监护人居民身份证", "oe", "id", 0)
mat("jzzm_jy", "实际居住证明", "oc", "proof", 1, notes="不动产权证书或经备案的房屋租赁合同，与户籍地址一致的凭户口簿")
mat("jzz_jy", "父母一方本市居住证", "oe", "id", 0, "c", "非本市户籍适龄儿童申请的")
mat("sbjl", "父母一方社会保险缴纳记录", "oe", "proof", 1, "c", "非本市户籍适龄儿童申请的",
    "可通过数据共享核验的免于提交")
mat("yjxj", "预防接种证查验证明", "o", "proof", 1)
mat("xjzm", "原就读学校学籍信息表", "oe", "proof", 1)
mat("zxsq", "转学申请表", "oe", "form", 1)
mat("yhxx", "延缓入学或休学申请书", "o", "form", 1)
mat("yxzm", "县级以上医疗机构诊断证明", "oc", "proof", 1)
mat("jszg_tj", "教师资格认定体检合格证明", "o", "proof", 1, notes="在指定医院体检")
mat("pthz", "普通话水平测试等级证书", "oce", "id", 1)
mat("kszm", "中小学教师资格考试合格证明", "oe", "proof", 1)
mat("sdcn", "个人承诺书", "oe", "form", 1, notes="承诺无犯罪记录、思想品德等情况")
mat("jszs", "教师资格证书", "oce", "id", 1)
mat("zczy", "定期注册相关材料", "oe", "other", 1, notes="师德表现、年度考核、培训学时证明")
mat("bxsq", "民办学校设立申请报告", "oe", "form", 1)
mat("bxzc", "学校章程及首届董事会（理事会）组成人员名单", "oe", "other", 1)
mat("bxzj", "办学资产及资金来源证明", "oc", "proof", 1)
mat("bxcs", "办学场所证明及消防、卫生等安全证明", "oc", "proof", 1)
mat("bxsz", "拟任校长及教师情况说明", "oe", "other", 1)
mat("bxxk", "办学许可证正、副本", "o", "id", 1)
mat("pxsq", "校外培训机构设立申请书", "oe", "form", 1)
mat("pxcs", "培训场所使用证明及消防安全证明", "oc", "proof", 1)
mat("pxjs", "培训人员名单及资格证明", "oe", "other", 1)
mat("yesq", "幼儿园设立申请书", "oe", "form", 1)
mat("yews", "卫生保健评价报告", "oc", "proof", 1, notes="由妇幼保健机构出具")
mat("knrd", "家庭经济困难学生认定申请表", "oe", "form", 1)
mat("kndb", "家庭经济困难相关证明", "oc", "proof", 1, "c", "属于低保、特困、残疾等特殊困难群体的",
    "可通过数据共享核验的免于提交")
mat("xjcx", "学籍证明申请表", "oe", "form", 1)
mat("bybz", "毕业证明书申请表", "oe", "form", 1)
mat("zksq", "随迁子女中考报名资格审核表", "oe", "form", 1)
mat("phsq", "普惠性民办幼儿园认定申请表", "oe", "form", 1)
mat("sfbz", "收费标准备案材料", "oc", "proof", 1)

JY_PLACE = "%s三楼教育窗口；学位申请可通过示范区义务教育入学服务平台网上办理" % CENTRE

it("义务教育阶段小学一年级入学申请", "小一入学", "小学入学 一年级报名 学位申请 入学 小一", "d", "GG", (20, 10),
   "ertj fmzs jzzm_jy yjxj jzz_jy sbjl", "oa",
   ["义教法:5,12", LOCAL("义务教育阶段学校招生入学工作实施办法")], "学位分配结果通知",
   place=JY_PLACE, form="CHILD",
   x="applyType:申请类别:choice:本区户籍|非本市户籍随迁子女|本市其他区户籍:r;preferredSchool:意向学校（按学区）:text")
it("义务教育阶段初中一年级入学申请", "小升初", "小升初 初一入学 初中学位 初中报名", "d", "GG", (20, 10),
   "ertj fmzs jzzm_jy xjzm jzz_jy sbjl", "oa",
   ["义教法:12", LOCAL("义务教育阶段学校招生入学工作实施办法")], "学位分配结果通知", sub=True,
   place=JY_PLACE, form="CHILD",
   x="primarySchool:小学毕业学校:text:r;applyType:申请类别:choice:本区户籍|非本市户籍随迁子女|本市其他区户籍:r")
it("义务教育阶段转学申请", "转学", "转学 插班 转入 转出", "d", "GG", (10, 5),
   "zxsq ertj fmzs xjzm jzzm_jy", "o",
   ["义教法:12", "《中小学生学籍管理办法》"], "转学联系单", form="CHILD",
   x="currentSchool:原就读学校:text:r;grade:年级:choice:一年级|二年级|三年级|四年级|五年级|六年级|七年级|八年级|九年级:r;transferReason:转学原因:choice:家庭搬迁|父母工作调动|其他:r")
it("适龄儿童少年延缓入学或休学申请", "延缓入学休学", "延缓入学 休学 缓学 因病休学", "d", "QT", (10, 5),
   "yhxx ertj yxzm fmzs", "",
   ["义教法:11"], "延缓入学（休学）批复", form="CHILD",
   x="applyType:申请类型:choice:延缓入学|休学:r;months:申请期限（月）:number:r")
it("教师资格认定", "教师资格认定", "教资认定 教师资格证 教资 中小学教师资格 幼儿园教师资格", "d", "XK", (30, 20),
   "sfz byz pthz kszm jszg_tj sdcn zp1", "mo",
   ["教师法:10,11,13", "教资条例:13", "《〈教师资格条例〉实施办法》"], "教师资格证书",
   tbl="教师资格认定申请表", x="certType:申请资格种类:choice:幼儿园|小学|初级中学|中等职业学校实习指导:r;subject:任教学科:text:r;hukouOrWork:认定依据:choice:户籍所在地|居住证所在地|任教学校所在地:r")
it("教师资格证书补发换发", "教资证书补换", "教师资格证丢失 教资证补办 教资证损毁", "d", "XK", (20, 10),
   "sfz SQ jszs? zp1", "mo",
   ["教资条例", "《〈教师资格条例〉实施办法》"], "教师资格证书", sub=True,
   cond={"jszs": "证书损毁换发的"}, x="reason:申请原因:choice:遗失补发|损毁换发|信息更正:r")
it("中小学教师资格定期注册", "教资定期注册", "教资注册 五年注册 教师资格注册", "d", "QR", (30, 20),
   "SQ jszs zczy sfz", "o",
   ["《中小学教师资格定期注册暂行办法》"], "定期注册结论（证书加注）",
   x="school:任教学校:text:r;registerType:注册类型:choice:首次注册|定期注册:r")
it("民办学校设立审批", "民办学校设立", "民办学校 私立学校 民办中小学 办学许可证", "d", "XK", (60, 30),
   "bxsq bxzc bxzj bxcs bxsz frsfz", "o",
   ["民促法:12"], "民办学校办学许可证", st="ps", form="P0",
   x="schoolName:拟办学校名称:text:r;schoolLevel:办学层次:choice:小学|初级中学|九年一贯制|其他:r;schoolAddress:办学地址:address:r;planEnrollment:计划招生规模:number:r")
it("民办学校变更终止审批", "民办学校变更终止", "民办学校变更 民办学校终止 更名 举办者变更", "d", "XK", (30, 20),
   "SQ bxxk hyjy bgwj? qsbg?", "o",
   ["民促法"], "民办学校变更（终止）批复", sub=True, form="E",
   cond={"bgwj": "申请变更的", "qsbg": "申请终止的"},
   x="applyType:申请类型:choice:变更举办者|变更名称|变更地址|分立合并|终止:r")
it("面向中小学生的校外培训机构设立审批", "校外培训机构审批", "培训机构 培训班 托管 非学科类培训 兴趣班", "d", "XK", (30, 20),
   "pxsq zhangcheng pxcs pxjs yanzi frsfz", "o",
   ["民促法", "《国务院办公厅关于规范校外培训机构发展的意见》（国办发〔2018〕80号）"],
   "办学许可证", st="ps", form="P0",
   x="orgName:拟设机构名称:text:r;trainingCategory:培训类别:choice:科技类|文化艺术类|体育类|其他非学科类:r;siteAddress:培训场所:address:r")
it("民办幼儿园设立审批", "幼儿园设立", "办幼儿园 幼儿园许可 民办幼儿园", "d", "XK", (60, 30),
   "yesq bxzc bxzj bxcs bxsz yews", "o",
   ["学前法", "民促法"], "办园许可证", st="ps", form="P0",
   x="kgName:幼儿园名称:text:r;kgAddress:园址:address:r;classes:班级数:number:r;capacity:招收规模:number:r")
it("普惠性民办幼儿园认定", "普惠园认定", "普惠园 普惠性幼儿园 幼儿园补助", "d", "QR", (30, 20),
   "phsq bxxk sfbz", "o",
   ["学前法", LOCAL("普惠性民办幼儿园认定和管理办法")], "普惠性民办幼儿园认定结果", form="E",
   x="feeMonthly:保教费（元/月）:number:r;enrolled:在园幼儿数:number:r")
it("家庭经济困难学生资助申请", "学生资助", "助学金 学生资助 困难学生 免费营养餐 学前资助", "d", "GF", (20, 10),
   "knrd kndb ertj", "o",
   ["《学生资助资金管理办法》"], "资助名单公示及发放通知", form="CHILD FAM",
   x="stage:学段:choice:学前教育|义务教育|普通高中|中等职业教育:r;school:就读学校:text:r;hardship:困难类型:choice:特困供养|低保家庭|低保边缘家庭|残疾学生|烈士子女|其他经济困难:r")
it("中小学生学籍证明出具", "学籍证明", "学籍证明 在读证明 学籍查询", "d", "GG", (5, 0),
   "xjcx ertj fmzs", "to",
   ["《中小学生学籍管理办法》"], "学籍证明", form="CHILD",
   x="purpose:用途:choice:转学|出国（境）|办理随迁手续|其他:r")
it("中小学毕业证明书补办", "毕业证明补办", "毕业证丢失 初中毕业证明 小学毕业证明 毕业证补办", "d", "GG", (10, 5),
   "bybz sfz", "m",
   ["《中小学生学籍管理办法》"], "毕业证明书", form="P0 A",
   x="schoolName:毕业学校:text:r;graduateYear:毕业年份:number:r;level:学段:choice:小学|初中:r")
it("随迁子女中考报名资格审核", "随迁子女中考资格", "中考报名 随迁子女中考 异地中考", "d", "QR", (20, 10),
   "zksq ertj fmzs jzz_jy sbjl xjzm", "o",
   [LOCAL("随迁子女参加中考实施办法")], "报名资格审核结果", form="CHILD",
   x="middleSchool:就读初中:text:r;studyYears:在本市连续就读年数:number:r")

# ==========================================================================
# 区司法局
# ==========================================================================
dept("SF", "区司法局", "司法", "0755-80001212",
     "示范区公共法律服务中心（%s一楼）" % CENTRE,
     street="各街道司法所（公共法律服务工作站）", community="各社区公共法律服务室",
     form="P A")

GZ_PLACE = "示范区公证处（文明路66号）；各街道公共法律服务工作站可代收材料"
GZ_HOURS = "周一至周五 9:00-12:00，13:30-17:30；周六 9:00-12:00（预约办理）（法定节假日除外）"

mat("fysq", "法律援助申请表", "oe", "form", 1)
mat("jjkn", "经济困难状况说明表", "oe", "form", 1, notes="以个人诚信承诺代替经济困难证明；属于免予核查情形的无需提交")
mat("ajcl", "与所申请法律援助事项有关的材料", "oc", "proof", 1, notes="劳动合同、工资条、病历、判决书等")
mat("gzsq", "公证申请表", "oe", "form", 1)
mat("gzcs", "出生事实相关证明", "oc", "proof", 1, notes="出生医学证明、户口簿或户籍档案等")
mat("qsz", "亲属关系证明材料", "oc", "proof", 1, notes="户口簿、户籍档案、结婚证、出生医学证明等")
mat("xlzs", "学历学位证书", "oce", "id", 1)
mat("wfzm_gz", "无犯罪记录证明", "oc", "proof", 1, notes="公安机关出具，三个月内有效")
mat("hyzk", "婚姻状况相关材料", "oc", "proof", 1, notes="结婚证、离婚证或婚姻登记档案查询结果等")
mat("wtsl", "委托书或声明书文本", "oe", "other", 1, notes="可由公证处协助起草")
mat("ccqs", "财产权属证明", "oce", "proof", 1, notes="不动产权证书、存款凭证、股权证明等")
mat("swzm_gz", "被继承人死亡证明", "oc", "proof", 1)
mat("jcrq", "全部法定继承人身份证明及亲属关系证明", "oc", "proof", 1)
mat("yzwb", "遗嘱草稿", "oe", "other", 1, "n")
mat("bqcl", "证据保全对象及相关情况说明", "oe", "other", 1)
mat("zyht_gz", "赠与合同文本", "oe", "contract", 1)
mat("tjsq", "人民调解申请书", "oe", "form", 1, notes="也可口头申请，由调解员记录")
mat("jfzj", "纠纷相关证据材料", "oc", "proof", 1, "n")
mat("jcsq", "基层法律服务工作者执业申请表", "oe", "form", 1)
mat("jczs", "法律专业学历证明或资格证明", "oc", "proof", 1)
mat("jcjy", "拟执业机构同意接收证明", "o", "proof", 1)
mat("lssq", "律师执业申请书", "oe", "form", 1)
mat("fzzg", "法律职业资格证书", "oce", "id", 1)
mat("sxkh", "律师协会出具的实习考核合格材料", "o", "proof", 1)
mat("lsjs", "律师事务所出具的同意接收证明", "o", "proof", 1)
mat("wcsq", "社区矫正对象外出申请书", "o", "form", 1)
mat("wcly", "外出事由证明材料", "oc", "proof", 1, notes="就医、就学、诉讼、处理家庭重大变故等证明")
mat("zxcl", "与咨询事项有关的合同、文书等材料", "oc", "proof", 0, "n")
mat("fysq_xz", "行政复议申请书", "oe", "form", 1, notes="按被申请人数提交副本")
mat("xzxw", "被申请复议的行政行为相关材料", "oc", "proof", 1, notes="行政决定书、送达回证等")

NOTARY_STEPS = "nt"
it("法律援助申请", "法律援助", "法援 免费律师 法律援助 打官司没钱 欠薪维权 工伤维权", "dsc", "GG", (7, 5),
   "fysq sfz jjkn ajcl wts?", "tmo",
   ["法援法:31,38,41,43", "法援程序"], "给予法律援助决定书或不予法律援助决定书", form="P CASE A",
   cond={"wts": "由法定代理人或近亲属代为申请的"})
it("公证（出生）", "出生公证", "出生公证 出生证明公证 留学公证", "d", "GG", (15, 5),
   "gzsq sfz gzcs hkb~", "mao",
   ["公证法:11,25,30", "公证规则"], "出生公证书", place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz80", "gzfy", "gzfb"], form="P NOTARY A", st=NOTARY_STEPS)
it("公证（亲属关系）", "亲属关系公证", "亲属关系公证 父母子女关系 亲属证明 探亲公证", "d", "GG", (15, 5),
   "gzsq sfz qsz", "mao",
   ["公证法:11,25,30", "公证规则"], "亲属关系公证书", sub=True, place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz80", "gzfy", "gzfb"], form="P NOTARY A", st=NOTARY_STEPS,
   x="relatives:需证明的亲属:text:r")
it("公证（学历学位）", "学历公证", "学历公证 学位公证 毕业证公证 成绩单公证", "d", "GG", (15, 5),
   "gzsq sfz xlzs", "mao",
   ["公证法:11,25,30", "公证规则"], "学历（学位）公证书", sub=True, place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz100", "gzfy", "gzfb"], form="P NOTARY A", st=NOTARY_STEPS)
it("公证（无犯罪记录）", "无犯罪记录公证", "无犯罪公证 无刑事处罚公证 移民公证", "d", "GG", (15, 5),
   "gzsq sfz wfzm_gz", "mao",
   ["公证法:11,25,30", "公证规则"], "无犯罪记录公证书", sub=True, place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz80", "gzfy", "gzfb"], form="P NOTARY A", st=NOTARY_STEPS)
it("公证（婚姻状况）", "婚姻状况公证", "未婚公证 已婚公证 离婚公证 单身证明", "d", "GG", (15, 5),
   "gzsq sfz hyzk", "mao",
   ["公证法:11,25,30", "公证规则"], "婚姻状况公证书", sub=True, place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz80", "gzfy", "gzfb"], form="P NOTARY A", st=NOTARY_STEPS,
   x="maritalStatus:需证明的婚姻状况:choice:未婚|已婚|离婚|丧偶|离婚后未再婚:r")
it("公证（委托书）", "委托公证", "委托书公证 授权委托公证 卖房委托", "d", "GG", (15, 3),
   "gzsq sfz wtsl ccqs?", "ao",
   ["公证法:11,25,30", "公证规则"], "委托公证书", sub=True, place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz200", "gzfb"], form="P NOTARY", st=NOTARY_STEPS, cond={"ccqs": "委托处分财产的"},
   notes={"sfz": "委托人须本人到场"},
   x="agentName:受托人姓名:text:r;matter:委托事项:text:r")
it("公证（声明书）", "声明公证", "声明书公证 放弃继承声明 同意出售声明", "d", "GG", (15, 3),
   "gzsq sfz wtsl ccqs?", "ao",
   ["公证法:11,25,30", "公证规则"], "声明公证书", sub=True, place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz200", "gzfb"], form="P NOTARY", st=NOTARY_STEPS, cond={"ccqs": "声明涉及财产处分的"},
   x="matter:声明事项:text:r")
it("公证（继承）", "继承公证", "继承公证 房产继承 遗产继承 存款继承", "d", "GG", (15, 15),
   "gzsq sfz swzm_gz jcrq ccqs yzwb~", "a",
   ["公证法:11,25,30", "民法典:1123,1127", "公证规则"], "继承公证书", sub=True, place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz300", "gzfb"], form="P NOTARY HEIRS", st=NOTARY_STEPS, notes={"sfz": "全部继承人本人到场或办理委托公证"},
   x="deceasedName:被继承人姓名:text:r;deathDate:死亡日期:date:r;estate:遗产类别:multiChoice:房产|存款|股权|车辆|其他:r;heirCount:法定继承人人数:number:r")
it("公证（遗嘱）", "遗嘱公证", "遗嘱公证 立遗嘱 遗嘱", "d", "GG", (15, 5),
   "gzsq sfz ccqs yzwb~", "a",
   ["公证法:11,25,30", "民法典:1134,1139", "公证规则"], "遗嘱公证书", sub=True, place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz200"], form="P NOTARY", st=NOTARY_STEPS, notes={"sfz": "遗嘱人须本人到场"},
   x="homeVisit:是否需要上门办理:bool")
it("公证（保全证据）", "证据保全公证", "证据保全 网页取证 现场取证 录音录像保全", "d", "GG", (15, 10),
   "gzsq sfz bqcl yyzz?", "ao",
   ["公证法:11,25,30", "公证规则"], "保全证据公证书", sub=True, place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz500", "gzfb"], form="P NOTARY", st=NOTARY_STEPS, cond={"yyzz": "由单位申请的"},
   x="evidenceType:保全对象:choice:网页|手机数据|现场|购买行为|文书|其他:r")
it("公证（赠与合同）", "赠与公证", "赠与公证 房产赠与 赠与合同", "d", "GG", (15, 5),
   "gzsq sfz zyht_gz ccqs", "a",
   ["公证法:11,25,30", "民法典:657,658", "公证规则"], "赠与合同公证书", sub=True, place=GZ_PLACE, hours=GZ_HOURS,
   fees=["gz200", "gzfb"], form="P NOTARY", st=NOTARY_STEPS, notes={"sfz": "赠与人和受赠人均须到场"})
it("人民调解申请", "人民调解", "调解 邻里纠纷 家庭纠纷 物业纠纷 矛盾调解", "dsc", "GG", (5, 0),
   "tjsq sfz jfzj", "ta",
   ["调解法:17,18"], "调解受理登记（达成协议的制作人民调解协议书）", form="P A",
   x="disputeType:纠纷类型:choice:婚姻家庭|邻里|物业|房屋宅基地|损害赔偿|劳动|消费|其他:r;otherParty:对方当事人:text:r;disputeDesc:纠纷简要情况:text:r")
it("公共法律服务咨询", "法律咨询", "免费法律咨询 律师咨询 法律顾问 12348", "dsc", "GG", (1, 0),
   "sfz zxcl~", "toa",
   ["法援法", LOCAL("公共法律服务体系建设实施方案")], "咨询登记", form="P0",
   x="topic:咨询事项类别:choice:劳动用工|婚姻家庭|房产物业|合同债务|交通事故|其他:r;preferredDate:预约日期:date")
it("基层法律服务工作者执业核准", "基层法律服务执业", "法律服务工作者 法律服务所 执业证", "d", "XK", (20, 10),
   "jcsq sfz jczs jcjy zp1", "m",
   ["基层法律", "《基层法律服务工作者管理办法》"], "基层法律服务工作者执业证",
   x="institution:拟执业的基层法律服务所:text:r")
it("律师执业许可初审", "律师执业初审", "律师执业证 实习律师 申请执业", "d", "XK", (20, 20),
   "lssq sfz fzzg sxkh lsjs", "m",
   ["律师法:5,6", "《律师执业管理办法》"], "审查意见（报省级司法行政部门）",
   x="lawFirm:拟执业律师事务所:text:r;practiceType:执业类型:choice:专职律师|兼职律师:r")
it("社区矫正对象外出审批", "矫正外出审批", "社区矫正 外出请假 外出审批", "ds", "QT", (7, 3),
   "wcsq wcly sfz", "",
   ["矫正法:27", "《中华人民共和国社区矫正法实施办法》"], "外出审批决定", form="P0",
   x="destination:外出目的地:text:r;leaveFrom:外出起始日期:date:r;leaveTo:返回日期:date:r;reason:外出事由:choice:就医|就学|参与诉讼|处理家庭重大变故|其他正当理由:r")
it("行政复议申请", "行政复议", "复议 行政复议 不服处罚", "d", "QT", (5, 5),
   "fysq_xz sfz xzxw wts?", "mo",
   ["复议法:11,20,30"], "行政复议受理通知书或不予受理决定书", st="arb",
   place="示范区人民政府行政复议办公室（%s一楼公共法律服务中心）" % CENTRE, form="P A",
   cond={"wts": "委托代理人参加行政复议的"},
   x="respondent:被申请人（行政机关）:text:r;actionDate:知道行政行为之日:date:r;requests:复议请求:text:r")

# ==========================================================================
# 区税务局
# ==========================================================================
dept("SW", "区税务局", "税务", "0755-80001213",
     "示范区税务局办税服务厅（%s一楼税务专区）" % CENTRE,
     street="各街道政务服务中心税费服务点", community="各社区税费服务点（社区党群服务中心）",
     hours=CENTRE_HOURS, form="TAX")

mat("srpz", "收入及扣除项目相关凭证", "oe", "proof", 1, "n", notes="住房贷款利息、子女教育等专项附加扣除信息可在个人所得税App填报")
mat("zxkc", "专项附加扣除信息表", "oe", "form", 1)
mat("jysr", "经营所得纳税申报表", "oe", "form", 1)
mat("dkfp", "代开发票申请表", "oe", "form", 1)
mat("jyht", "与购买方签订的合同或交易证明", "oc", "contract", 1)
mat("fplq", "发票领用（开票额度调整）申请表", "oe", "form", 1)
mat("xese", "最高开票限额申请表", "oe", "form", 1)
mat("jysm", "经营情况说明及近期销售合同", "oe", "other", 1)
mat("fpys", "发票遗失（损毁）报告表", "oe", "form", 1)
mat("xbxx", "纳税人（扣缴义务人）身份信息报告表", "oe", "form", 1, notes="市场主体登记信息已共享的，只需确认补充信息")
mat("ybnsr", "增值税一般纳税人登记表", "oe", "form", 1)
mat("kqbg", "跨区域涉税事项报告表", "oe", "form", 1)
mat("wgfh", "外出经营合同或相关证明", "oc", "contract", 1, "n")
mat("qsdj", "清税申报表或注销税务登记申请表", "oe", "form", 1)
mat("zxjd", "注销决议或相关证明文件", "oc", "proof", 1, "c", "非简易注销的")
mat("tyfy", "停业复业报告书", "oe", "form", 1)
mat("qssb", "契税纳税申报表", "oe", "form", 1)
mat("fwjy", "房屋土地权属转移合同", "oc", "contract", 1, notes="买卖合同、赠与合同、继承公证书等")
mat("bdcqs", "不动产权属证明", "oce", "proof", 1, "c", "存量房交易的")
mat("yhzm", "享受契税优惠的证明", "oc", "proof", 1, "c", "申请减免契税的", "如家庭唯一住房承诺书、婚姻状况证明等")
mat("fcsb", "房产税、城镇土地使用税税源明细表", "oe", "form", 1)
mat("yhsb", "印花税税源明细表", "oe", "form", 1)
mat("ysht_sw", "应税凭证（合同等）", "oc", "contract", 1, "n")
mat("sbjf", "社会保险费缴费申报表", "oe", "form", 1, notes="首次缴费时填写，续缴可直接缴纳")
mat("wszm_sq", "完税证明开具申请", "oe", "form", 1, "n", notes="可在电子税务局或自助终端直接打印")
mat("jmsq", "中国税收居民身份证明申请表", "oe", "form", 1)
mat("jmzm", "在中国境内居住或受雇情况证明", "oc", "proof", 1, notes="户籍、劳动合同、受雇证明等")
mat("sfsq", "境外所得及拟享受协定待遇情况说明", "oe", "other", 1)
mat("tsbtsq", "退（抵）税申请表", "oe", "form", 1)
mat("dyjk", "多缴税款的完税凭证", "oc", "proof", 1)
mat("xyfp", "纳税信用复评（修复）申请表", "oe", "form", 1)
mat("zgzm", "已纠正失信行为的证明材料", "oc", "proof", 1)
mat("jfdz", "被代缴家庭成员的身份信息", "oe", "proof", 0, "c", "为家庭成员代缴的", "提供姓名和公民身份号码即可")
mat("cjjm", "残疾、孤老、烈属身份证明", "oc", "proof", 1, notes="残疾人证、烈士证明书等，可通过数据共享核验的免于提交")

it("个人所得税综合所得年度汇算", "个税汇算", "个税年度汇算 退税 补税 个人所得税汇算清缴 个税", "ds", "GG", (1, 0),
   "sfz srpz zxkc?", "to",
   ["个税法:2,10,11", "个税条例:25"], "个人所得税年度自行纳税申报表（受理回执）", form="P0 A",
   cond={"zxkc": "汇算时补充专项附加扣除的"},
   x="result:汇算结果:choice:申请退税|需要补税|无需退补:r;bankAccount:退税银行账户:text:@result=申请退税")
it("个人所得税专项附加扣除信息采集", "专项附加扣除", "子女教育 赡养老人 住房贷款利息 住房租金 继续教育 3岁以下婴幼儿照护", "ds", "GG", (1, 0),
   "sfz zxkc", "to",
   ["个税法:6", "《个人所得税专项附加扣除暂行办法》"], "专项附加扣除信息采集回执", form="P0",
   x="deductions:扣除项目:multiChoice:子女教育|继续教育|大病医疗|住房贷款利息|住房租金|赡养老人|3岁以下婴幼儿照护:r")
it("个人所得税经营所得纳税申报", "经营所得申报", "个体户个税 经营所得 核定征收", "d", "GG", (1, 0),
   "sfz jysr", "o",
   ["个税法:2,12", "个税条例"], "申报受理回执", form="P0",
   x="period:所属期:text:r;declareType:申报类型:choice:预缴申报|年度汇总申报:r")
it("个人所得税纳税记录开具", "个税纳税记录", "个税证明 完税证明 纳税记录 个税缴纳证明", "ds", "GG", (1, 0),
   "sfz wts? dlsfz?", "to",
   ["税收征管法", "《国家税务总局关于将个人所得税〈税收完税证明〉（文书式）调整为〈纳税记录〉有关事项的公告》"],
   "个人所得税纳税记录", form="P0 A", x="periodFrom:起始年月:date:r;periodTo:截止年月:date:r")
it("代开增值税发票（自然人）", "代开发票", "代开发票 个人开发票 劳务发票 出租房开票", "ds", "GG", (1, 0),
   "sfz dkfp jyht", "to",
   ["发票办法", "发票细则"], "增值税发票（数电发票）", form="P0",
   x="invoiceType:发票类型:choice:增值税普通发票|增值税专用发票:r;businessType:业务类型:choice:劳务报酬|房屋出租|销售货物|其他:r;amount:开票金额（元）:number:r;buyer:购买方名称:text:r")
it("发票领用", "发票领用", "领发票 数电发票 开票额度 发票额度调整 税控", "d", "QT", (1, 0),
   "fplq jbrsfz", "o",
   ["发票办法", "发票细则"], "发票领用（开票额度）确认", form="TAX",
   x="invoiceKinds:发票种类:multiChoice:数电发票（普通发票）|数电发票（增值税专用发票）|机动车销售统一发票:r;monthlyLimit:申请月度开票额度（万元）:number")
it("增值税专用发票最高开票限额审批", "专票限额审批", "专票限额 开票限额 最高限额", "d", "XK", (10, 5),
   "xese jysm jbrsfz", "o",
   ["《国务院对确需保留的行政审批项目设定行政许可的决定》", "发票办法"], "准予税务行政许可决定书",
   st="ps", form="TAX", x="limitLevel:申请最高开票限额:choice:十万元|一百万元|一千万元:r;monthlySales:近期月均销售额（万元）:number:r")
it("发票遗失损毁报告", "发票遗失报告", "发票丢失 发票遗失 发票损毁", "d", "QT", (1, 0),
   "fpys jbrsfz", "o",
   ["发票办法", "发票细则"], "发票遗失（损毁）报告回执", form="TAX",
   x="invoiceCode:发票代码号码:text:r;lossDate:遗失（损毁）日期:date:r")
it("新办纳税人涉税事项确认", "新办纳税人", "税务登记 新办企业 报到 税务报到 多证合一", "d", "QT", (1, 0),
   "xbxx yyzz jbrsfz", "o",
   ["税收征管法:15", "《税务登记管理办法》"], "涉税信息确认回执", form="TAX",
   x="accountingSystem:适用会计制度:choice:小企业会计准则|企业会计准则|民间非营利组织会计制度|其他:r;taxAccount:缴税银行账户:text")
it("增值税一般纳税人登记", "一般纳税人登记", "一般纳税人 小规模转一般 专票资格", "d", "QT", (1, 0),
   "ybnsr jbrsfz", "o",
   ["增值税法", "《增值税一般纳税人登记管理办法》"], "增值税一般纳税人登记回执", form="TAX",
   x="effectiveMonth:生效之日:date:r;annualSales:年应税销售额（万元）:number:r")
it("跨区域涉税事项报告", "跨区域报告", "外经证 跨区域经营 外出经营 跨区报验", "d", "QT", (1, 0),
   "kqbg wgfh~", "o",
   ["《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》（税总发〔2017〕103号）"], "跨区域涉税事项报告表（受理）",
   form="TAX", x="destination:经营地:text:r;contractAmount:合同金额（万元）:number;validTo:有效期至:date:r")
it("清税注销", "税务注销", "注销税务登记 清税证明 公司注销 税务注销即办", "d", "QT", (20, 3),
   "qsdj zxjd? jbrsfz", "o",
   ["税收征管法:16", "《税务登记管理办法》"], "清税证明", form="TAX",
   x="cancelType:注销类型:choice:一般注销|简易注销|即时办结（承诺制容缺）:r")
it("停业复业报告", "停业复业", "停业登记 复业 暂停经营 个体户停业", "d", "QT", (1, 0),
   "tyfy jbrsfz", "o",
   ["《税务登记管理办法》"], "停业（复业）核准通知", form="TAX",
   x="reportType:报告类型:choice:停业|复业|提前复业|延长停业:r;fromDate:起始日期:date:r;toDate:终止日期:date")
it("契税申报", "契税申报", "契税 买房交税 房产税费 首套房契税", "d", "GG", (1, 0),
   "qssb sfz fwjy bdcqs? yhzm?", "to",
   ["契税法:1,3,10"], "契税完税凭证", place="示范区不动产登记中心税务窗口（%s一楼不动产登记专区）" % CENTRE,
   form="TAX", x="houseAddress:房屋坐落:address:r;price:成交价格（万元）:number:r;area:建筑面积（平方米）:number:r;houseCount:家庭名下住房套数:choice:第一套|第二套|第三套及以上:r")
it("存量房交易税费申报", "二手房税费申报", "二手房交税 卖房个税 增值税 存量房交易", "d", "GG", (1, 0),
   "sfz fwjy bdcqs yhzm?", "to",
   ["个税法", "增值税法", "印花税法"], "完税凭证", place="示范区不动产登记中心税务窗口（%s一楼不动产登记专区）" % CENTRE,
   form="TAX", cond={"yhzm": "申请享受个人所得税或增值税优惠的"},
   x="houseAddress:房屋坐落:address:r;heldYears:持有年限:choice:不满2年|满2年不满5年|满5年:r;onlyHome:是否家庭唯一生活用房:bool")
it("房产税、城镇土地使用税申报", "房土两税申报", "房产税 土地使用税 城镇土地使用税", "d", "GG", (1, 0),
   "fcsb bdcqs?", "o",
   ["房产税条例", "《中华人民共和国城镇土地使用税暂行条例》"], "申报受理回执", form="TAX",
   x="houseValue:房产原值（万元）:number;rentIncome:租金收入（元）:number;landArea:占地面积（平方米）:number")
it("印花税申报", "印花税申报", "印花税 合同印花税 产权转移书据", "d", "GG", (1, 0),
   "yhsb ysht_sw", "o",
   ["印花税法:1,5"], "申报受理回执", form="TAX",
   x="taxItem:税目:choice:买卖合同|借款合同|租赁合同|建设工程合同|产权转移书据|营业账簿|其他:r;amount:计税依据（元）:number:r")
it("灵活就业人员社会保险费缴纳", "灵活就业社保缴费", "个人缴社保 社保缴费 自由职业缴费", "dsc", "GG", (1, 0),
   "sfz sbjf?", "to",
   ["社险法:60", "社险征缴"], "社会保险费缴费凭证", form="P0",
   cond={"sbjf": "首次缴费的"},
   x="insureTypes:缴费险种:multiChoice:企业职工基本养老保险|职工基本医疗保险:r;period:缴费所属期:text:r")
it("城乡居民基本医疗保险费缴纳", "居民医保缴费", "交医保 医保缴费 居民医保费 新农合缴费", "dsc", "GG", (1, 0),
   "sfz jfdz?", "to",
   ["社险法:25", "《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）"], "缴费凭证",
   form="P0", x="year:缴费年度:number:r;payForOthers:是否为家庭成员代缴:bool")
it("城乡居民基本养老保险费缴纳", "居民养老缴费", "交养老保险 居民养老缴费 城居保缴费", "dsc", "GG", (1, 0),
   "sfz jfdz?", "to",
   ["社险法:20", "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"], "缴费凭证",
   form="P0", x="year:缴费年度:number:r;level:缴费档次（元）:choice:300|500|800|1000|1500|2000|3000|4000|5000:r")
it("税收完税证明开具", "完税证明", "完税证明 税收完税证明 纳税证明", "ds", "GG", (1, 0),
   "sfz wszm_sq", "to",
   ["《税收票证管理办法》"], "税收完税证明", form="TAX",
   x="periodFrom:起始日期:date:r;periodTo:截止日期:date:r;taxKinds:税种:text")
it("中国税收居民身份证明开具", "税收居民证明", "税收居民身份证明 税收协定 境外所得", "d", "GG", (10, 5),
   "jmsq jmzm sfsq sfz", "mo",
   ["《国家税务总局关于开具〈中国税收居民身份证明〉有关事项的公告》"], "中国税收居民身份证明", form="TAX",
   x="country:协定国家（地区）:text:r;year:证明年度:number:r;incomeType:所得类型:choice:营业利润|股息|利息|特许权使用费|劳务所得|其他:r")
it("退（抵）税申请", "退税申请", "多缴税款退还 退税 抵税", "d", "QT", (30, 10),
   "tsbtsq dyjk jbrsfz", "o",
   ["税收征管法:51"], "税务事项通知书（退税）", form="TAX",
   x="refundAmount:申请退税金额（元）:number:r;refundReason:退税原因:choice:误收多缴|汇算清缴结算多缴|政策性退税|其他:r;bankAccount:退税账户:text:r")
it("纳税信用复评和修复", "纳税信用修复", "纳税信用 信用修复 D级 信用复评", "d", "QT", (15, 10),
   "xyfp zgzm jbrsfz", "o",
   ["《纳税信用管理办法》"], "纳税信用复评（修复）结果", form="TAX",
   x="applyType:申请类型:choice:复评|修复:r;year:评价年度:number:r")
it("残疾、孤老、烈属个人所得税减征申报", "个税减征", "残疾人减税 孤老减税 烈属个税", "d", "GG", (1, 0),
   "sfz cjjm", "to",
   ["个税法:5"], "减征申报受理回执", form="P0",
   x="category:减征情形:choice:残疾人|孤老人员|烈属:r")
it("涉税信息查询", "涉税查询", "纳税信息查询 涉税查询 申报记录查询", "ds", "GG", (1, 0),
   "sfz wts? dlsfz?", "to",
   ["税收征管法:8", "《涉税信息查询管理办法》"], "涉税信息查询结果", form="P0 A",
   x="queryItems:查询内容:multiChoice:纳税申报记录|缴税记录|发票信息|纳税信用级别:r")

# ==========================================================================
# 区规划和自然资源分局
# ==========================================================================
dept("GH", "区规划和自然资源分局", "规划自然资源", "0755-80001214",
     "示范区不动产登记中心（%s一楼不动产登记专区）" % CENTRE,
     street="各街道政务服务中心不动产查询终端", community="各社区党群服务中心",
     form="PROJ")

GH_PLACE = "%s三楼规划和自然资源窗口（%s）" % (CENTRE, CENTRE_ADDR)

mat("ghsq", "规划许可申请表", "oe", "form", 1)
mat("xmpz", "项目批准、核准或备案文件", "oce", "proof", 1)
mat("ydhx", "用地红线图或勘测定界图", "oce", "other", 1)
mat("zpt_gh", "建设工程设计方案及总平面图", "oe", "other", 1, notes="电子文件按规定格式报送")
mat("tdzm", "土地权属证明", "oce", "proof", 1, notes="不动产权证书或土地出让合同")
mat("hsbg", "规划条件核实竣工测量报告", "oce", "proof", 1)
mat("xzlz", "选址论证报告", "oe", "other", 1, "c", "依法需要编制的")
mat("lsyd", "临时用地复垦方案及临时使用土地合同", "oc", "contract", 1)
mat("cxzm", "村民委员会意见及宅基地使用证明", "oc", "proof", 1)
mat("bdcsq", "不动产登记申请书", "oe", "form", 1, notes="申请人签名或盖章")
mat("bdcz_o", "不动产权证书", "oce", "id", 1, notes="办理转移、变更等登记时收回原证")
mat("mmht_bdc", "存量房买卖合同", "oe", "contract", 1, notes="经网签备案的")
mat("wszm", "税费缴纳凭证", "oe", "proof", 1, notes="可通过税务部门数据共享获取的免于提交")
mat("hyzm_bdc", "婚姻状况证明材料", "oc", "proof", 1, notes="结婚证、离婚证或婚姻状况书面声明")
mat("dyht", "抵押合同及主债权合同", "oc", "contract", 1)
mat("zxzm", "抵押权人同意注销证明", "o", "proof", 1)
mat("jcgz", "继承公证书或法院生效法律文书", "oc", "proof", 1,
    notes="未办理公证的，由全部继承人到场签署继承声明并接受询问")
mat("zyht_bdc", "赠与合同", "oc", "contract", 1)
mat("chbg", "不动产测绘报告（房屋测绘成果）", "oce", "proof", 1)
mat("jgba", "建设工程竣工验收备案证明", "oce", "proof", 1)
mat("tdcr", "土地出让合同及价款缴清凭证", "oc", "proof", 1)
mat("gzyj", "更正依据材料", "oc", "proof", 1, notes="证明登记确有错误的材料")
mat("bgzm_bdc", "变更事项证明材料", "oc", "proof", 1, notes="姓名、名称变更证明或门牌号码变更证明等")
mat("ygxy", "预售合同或买卖合同", "oe", "contract", 1)
mat("jzqht", "居住权合同或设立居住权的遗嘱", "oc", "contract", 1)
mat("cxsq", "不动产登记资料查询申请书", "oe", "form", 1)
mat("lhgx", "利害关系证明材料", "oc", "proof", 1, "c", "利害关系人查询的", "如买卖意向合同、诉讼材料等")
mat("ysbz", "不动产权证书遗失声明", "oe", "other", 1, "c", "证书遗失补发的", "在登记机构门户网站公告15个工作日")

it("建设用地规划许可证核发", "用地规划许可", "用地规划许可证 建设用地规划", "d", "XK", (20, 10),
   "ghsq xmpz ydhx tdcr yyzz", "om",
   ["城规法:37,38"], "建设用地规划许可证", place=GH_PLACE,
   x="landUse:用地性质:choice:居住用地|商业服务业用地|工业用地|公共管理与公共服务用地|其他:r;landArea:用地面积（平方米）:number:r")
it("建设工程规划许可证核发", "工程规划许可", "工程规划许可证 建设工程规划 报建", "d", "XK", (20, 10),
   "ghsq tdzm zpt_gh xmpz yyzz", "om",
   ["城规法:40"], "建设工程规划许可证", place=GH_PLACE,
   x="floors:地上层数:number;height:建筑高度（米）:number;plotRatio:容积率:number")
it("建设工程规划许可变更", "工程规划许可变更", "规划变更 方案变更 规划许可证变更", "d", "XK", (20, 10),
   "ghsq zpt_gh bgwj yyzz", "om",
   ["城规法:43"], "建设工程规划许可证（变更）", sub=True, place=GH_PLACE,
   x="changeDesc:变更内容:text:r")
it("乡村建设规划许可证核发", "乡村建设规划许可", "乡村建设 村民建房 乡村规划许可", "d", "XK", (20, 10),
   "ghsq cxzm zpt_gh sfz", "m",
   ["城规法:41"], "乡村建设规划许可证", place=GH_PLACE, form="P A",
   x="village:所在村（社区）:text:r;buildArea:建筑面积（平方米）:number:r;floors:层数:number:r")
it("临时建设工程规划许可", "临时建设许可", "临时建筑 临建 临时建设工程", "d", "XK", (20, 10),
   "ghsq zpt_gh tdzm yyzz", "m",
   ["城规法:44"], "临时建设工程规划许可证", place=GH_PLACE,
   x="useYears:使用期限（年）:number:r")
it("建设工程规划条件核实", "规划核实", "规划验收 规划条件核实 竣工规划验收", "d", "QR", (15, 10),
   "ghsq hsbg zpt_gh", "mo",
   ["城规法:45"], "建设工程规划条件核实合格证明", st="ps", place=GH_PLACE)
it("建设项目用地预审与选址意见书", "用地预审选址", "选址意见书 用地预审", "d", "XK", (20, 15),
   "ghsq xmpz ydhx xzlz?", "o",
   ["城规法:36", "土地法:52"], "建设项目用地预审与选址意见书", place=GH_PLACE)
it("临时用地审批", "临时用地", "临时用地 施工临时用地 工棚用地", "d", "XK", (20, 15),
   "ghsq ydhx lsyd yyzz", "o",
   ["土地法:57", "土地条例"], "临时用地批准文件", place=GH_PLACE,
   x="useMonths:使用期限（月）:number:r;landArea:用地面积（平方米）:number:r")
it("不动产首次登记（国有建设用地使用权及房屋所有权）", "房屋首次登记", "大确权 初始登记 首次登记 新楼办证", "d", "QR", (30, 5),
   "bdcsq tdzm jgba chbg yyzz", "mo",
   ["不动产条例:14,16,20", "不动产细则"], "不动产权证书", fees=["bdc550", "bdc10"], form="E",
   x="buildingCount:楼栋数:number:r;totalArea:总建筑面积（平方米）:number:r")
it("不动产转移登记（二手房买卖）", "二手房过户", "过户 二手房过户 房产过户 买卖转移登记", "d", "QR", (30, 3),
   "bdcsq sfz bdcz_o mmht_bdc wszm hyzm_bdc wts?", "tmao",
   ["不动产条例:14,16,20", "不动产细则:38"], "不动产权证书", fees=["bdc80", "bdc550", "bdc10"], form="P A",
   x="houseAddress:不动产坐落:address:r;certNo:原不动产权证号:text:r;buyerName:买受人:text:r;buyerIdNo:买受人公民身份号码:residentId:r;price:成交价（万元）:number:r;houseUse:用途:choice:住宅|非住宅:r")
it("不动产转移登记（新建商品房）", "新房转移登记", "新房办证 商品房办证 收楼办证", "d", "QR", (30, 5),
   "bdcsq sfz ygxy wszm hyzm_bdc", "mo",
   ["不动产条例:14,16", "不动产细则:38"], "不动产权证书", sub=True, fees=["bdc80", "bdc550", "bdc10"],
   form="P A", x="projectName:项目名称:text:r;unitNo:房号:text:r")
it("不动产转移登记（继承、受遗赠）", "继承过户", "房产继承 继承过户 遗产过户", "d", "QR", (30, 5),
   "bdcsq sfz bdcz_o jcgz swzm", "ma",
   ["民法典:1121,1122", "不动产条例", "不动产细则:14"], "不动产权证书", sub=True,
   fees=["bdc80", "bdc550", "bdc10"], form="P A HEIRS",
   x="deceasedName:被继承人:text:r")
it("不动产转移登记（赠与）", "赠与过户", "房产赠与 赠与过户 父母赠与", "d", "QR", (30, 3),
   "bdcsq sfz bdcz_o zyht_bdc wszm", "ma",
   ["民法典:657", "不动产条例", "不动产细则"], "不动产权证书", sub=True,
   fees=["bdc80", "bdc550", "bdc10"], form="P A",
   x="doneeName:受赠人:text:r;relation:赠与人与受赠人关系:choice:直系亲属|配偶|兄弟姐妹|其他:r")
it("不动产抵押权登记", "抵押登记", "房产抵押 按揭登记 抵押权首次登记 贷款抵押", "d", "QR", (30, 2),
   "bdcsq sfz bdcz_o dyht yyzz", "mo",
   ["民法典:395,402", "不动产条例", "不动产细则:65,66"], "不动产登记证明（抵押权）",
   fees=["bdc80", "bdc550"], form="P A",
   x="mortgagee:抵押权人:text:r;debtAmount:被担保主债权数额（万元）:number:r;mortgageType:抵押方式:choice:一般抵押|最高额抵押:r")
it("不动产抵押权注销登记", "抵押注销", "解押 抵押注销 还清贷款 注销抵押", "d", "QR", (30, 1),
   "bdcsq zxzm sfz", "tmo",
   ["不动产条例", "不动产细则:68"], "注销登记结果", sub=True, form="P A")
it("不动产变更登记", "不动产变更", "姓名变更 房产证信息变更 门牌变更", "d", "QR", (30, 3),
   "bdcsq sfz bdcz_o bgzm_bdc", "mo",
   ["不动产条例", "不动产细则:26"], "不动产权证书", form="P A",
   x="changeItems:变更事项:multiChoice:权利人姓名或名称|身份证明类型或号码|不动产坐落（门牌号）|面积|用途:r")
it("不动产更正登记", "不动产更正", "登记错误更正 房产证错误", "d", "QR", (30, 10),
   "bdcsq sfz bdcz_o gzyj", "mo",
   ["不动产细则:79,80"], "更正登记结果", form="P A", x="errorDesc:错误情况说明:text:r")
it("不动产预告登记", "预告登记", "预告登记 期房预告 预购商品房", "d", "QR", (30, 2),
   "bdcsq sfz ygxy", "o",
   ["民法典:221", "不动产细则:85,86"], "不动产登记证明（预告登记）", form="P A",
   x="registerType:预告登记类型:choice:预购商品房|预购商品房抵押|其他不动产买卖:r")
it("居住权登记", "居住权登记", "居住权 以房养老 居住权设立", "d", "QR", (30, 5),
   "bdcsq sfz bdcz_o jzqht", "a",
   ["民法典:366,367,368"], "不动产登记证明（居住权）", fees=["bdc80"], form="P A",
   x="residentName:居住权人:text:r;residentIdNo:居住权人公民身份号码:residentId:r;term:居住期限:text")
it("不动产登记资料查询", "不动产查询", "查房产 房产证查询 产权查询 有无房产证明 查册", "dsc", "GG", (1, 0),
   "cxsq sfz lhgx? wts?", "to",
   ["不动产条例:27,28", "《不动产登记资料查询暂行办法》"], "不动产登记资料查询结果证明", form="P0 A",
   x="queryType:查询类型:choice:权利人查询自己名下不动产|利害关系人查询|有无不动产记录证明:r;purpose:查询目的:text:r")
it("不动产权证书补发换发", "房产证补发", "房产证丢失 不动产证遗失 补发房本 换证", "d", "QR", (30, 5),
   "bdcsq sfz ysbz? bdcz_o?", "m",
   ["不动产细则:22,23"], "不动产权证书", fees=["bdc10"], form="P A",
   cond={"bdcz_o": "证书破损申请换发的"},
   x="reason:申请原因:choice:遗失补发|损坏换发|旧版证书换发:r")

# ==========================================================================
# 区交通运输局
# ==========================================================================
dept("JT", "区交通运输局", "交通", "0755-80001215",
     "%s三楼交通运输窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道政务服务中心综合窗口", community="各社区党群服务中心", form="E")

mat("hysq", "道路货物运输经营申请表", "oe", "form", 1)
mat("clqd", "拟投入车辆承诺书或车辆行驶证", "oc", "id", 1)
mat("jsyzg", "聘用驾驶员的机动车驾驶证及从业资格证", "oc", "id", 1)
mat("aqzd_jt", "安全生产管理制度文本", "oe", "other", 1)
mat("dlysz", "道路运输经营许可证", "oce", "id", 1)
mat("xsz", "机动车行驶证", "oce", "id", 1)
mat("wxba", "机动车维修经营备案表", "oe", "form", 1)
mat("wxsb", "维修设备设施清单及技术人员名单", "oe", "other", 1)
mat("jpba", "机动车驾驶员培训经营备案表", "oe", "form", 1)
mat("jpcl", "教练车辆、教练员及培训场地证明", "oc", "proof", 1)
mat("jsz", "机动车驾驶证", "oce", "id", 1)
mat("cyzg", "从业资格证", "oce", "id", 1)
mat("wyc_sq", "网络预约出租汽车运输证申请表", "oe", "form", 1)
mat("wyc_xy", "网约车平台公司同意接入证明", "o", "proof", 1)
mat("wyc_js", "网络预约出租汽车驾驶员证申请表", "oe", "form", 1)
mat("wyc_kh", "网约车驾驶员从业资格考试合格证明", "oe", "proof", 1)
mat("cxsq_jt", "超限运输车辆通行申请表", "oe", "form", 1)
mat("cxfa", "车货总体轮廓图及护送方案", "oe", "other", 1)
mat("lzsq", "涉路施工许可申请书", "oe", "form", 1)
mat("lzfa_jt", "涉路工程设计图及施工方案", "oe", "other", 1)
mat("lzpg", "保障公路、公路附属设施质量和安全的技术评价报告", "oc", "proof", 1)
mat("bzsj", "标志设计图及设置位置图", "oe", "other", 1)
mat("smqd", "树木情况说明及补种方案", "oe", "other", 1)
mat("lnk", "老年人或残疾人身份证件", "oce", "id", 0, notes="居民身份证、残疾人证等")

it("道路普通货物运输经营许可", "普货运输许可", "货运许可 道路运输经营许可证 物流公司 货车运输", "d", "XK", (20, 10),
   "hysq yyzz clqd jsyzg aqzd_jt frsfz", "om",
   ["道运条例", "货运规定"], "道路运输经营许可证", form="E VEH",
   x="heavyVehicle:是否有4.5吨以上货车:bool:r")
it("道路货物运输经营许可变更注销", "货运许可变更注销", "道路运输许可证变更 货运注销", "d", "XK", (20, 10),
   "hysq dlysz yyzz bgwj?", "om",
   ["道运条例", "货运规定"], "道路运输经营许可证（变更）或注销证明", sub=True, form="E",
   cond={"bgwj": "变更经营者名称、地址或法定代表人的"},
   x="applyType:申请类型:choice:名称变更|地址变更|法定代表人变更|暂停经营|终止经营（注销）:r")
it("营运车辆道路运输证配发", "道路运输证", "营运证 道路运输证 车辆营运证", "d", "XK", (5, 0),
   "dlysz xsz SQ", "mo",
   ["道运条例", "货运规定"], "道路运输证", form="E",
   x="plateNo:车牌号码:text:r;vehicleType:车辆类型:choice:普通货车|牵引车|挂车|专用作业车:r;totalMass:总质量（吨）:number:r")
it("机动车维修经营备案", "机动车维修备案", "汽修厂 修车店 汽车维修 维修备案", "d", "QT", (5, 0),
   "wxba yyzz wxsb csqz frsfz", "o",
   ["道运条例", "维修规定"], "机动车维修经营备案回执", form="E SITE",
   x="category:维修类别:choice:一类汽车维修|二类汽车维修|三类汽车维修（专项）|摩托车维修|危险货物运输车辆维修:r")
it("机动车驾驶员培训经营备案", "驾培备案", "驾校备案 驾驶员培训 驾校", "d", "QT", (5, 0),
   "jpba yyzz jpcl frsfz", "o",
   ["道运条例", "驾培规定"], "机动车驾驶员培训备案回执", form="E SITE",
   x="trainingTypes:培训车型:multiChoice:C1|C2|B2|A2|摩托车:r;coachCars:教练车数量:number:r")
it("巡游出租汽车驾驶员从业资格注册", "出租车驾驶员注册", "出租车司机 出租车从业资格 的士司机注册", "d", "QR", (10, 5),
   "sfz jsz cyzg SQ", "mo",
   ["《出租汽车驾驶员从业资格管理规定》"], "从业资格注册证明", form="P",
   x="company:聘用出租汽车企业:text:r")
it("网络预约出租汽车运输证核发", "网约车运输证", "网约车 车辆运输证 网约车办证 滴滴", "d", "XK", (20, 10),
   "wyc_sq xsz sfz wyc_xy", "mo",
   ["网约车办法"], "网络预约出租汽车运输证", form="P",
   x="plateNo:车牌号码:text:r;platform:接入平台:text:r;vehicleAge:车辆注册年限（年）:number:r")
it("网络预约出租汽车驾驶员证核发", "网约车驾驶员证", "网约车司机证 网约车从业资格 人证", "d", "XK", (20, 10),
   "wyc_js sfz jsz wyc_kh", "mo",
   ["网约车办法", "《出租汽车驾驶员从业资格管理规定》"], "网络预约出租汽车驾驶员证", form="P",
   x="drivingYears:驾龄（年）:number:r")
it("道路货物运输驾驶员从业资格证换证补证", "货运从业资格证", "从业资格证换证 从业资格证丢失 货车司机证", "d", "QR", (10, 5),
   "sfz cyzg? SQ", "tmo",
   ["道运条例", "《道路运输从业人员管理规定》"], "从业资格证（电子证照）", form="P",
   cond={"cyzg": "到期换证或损坏换证的"},
   x="reason:申请原因:choice:有效期满换证|遗失补证|损坏换证|信息变更:r")
it("公路超限运输许可", "超限运输许可", "大件运输 超限 超重 超高 超宽", "d", "XK", (15, 5),
   "cxsq_jt xsz dlysz cxfa", "o",
   ["公路法:50", "公路条例", "《超限运输车辆行驶公路管理规定》"], "超限运输车辆通行证",
   form="E", x="route:通行路线:text:r;cargo:货物名称:text:r;totalWeight:车货总质量（吨）:number:r;dimensions:车货总尺寸（长×宽×高，米）:text:r")
it("涉路施工许可", "涉路施工许可", "公路施工 占用公路 跨越公路 穿越公路 公路管线", "d", "XK", (20, 10),
   "lzsq lzfa_jt lzpg yyzz", "om",
   ["公路法:44,45", "公路条例:27"], "涉路施工许可决定书", st="ps", form="E",
   x="roadNo:公路编号及桩号:text:r;workType:施工类型:choice:跨越公路|穿越公路|在公路用地范围内架设埋设管线|占用挖掘公路|增设平面交叉道口:r")
it("设置非公路标志审批", "非公路标志", "公路广告牌 路边广告 指路牌", "d", "XK", (20, 10),
   "SQ bzsj yyzz", "o",
   ["公路法:54", "公路条例"], "设置非公路标志许可决定书", form="E",
   x="roadNo:公路编号及桩号:text:r;signSize:标志规格:text:r")
it("更新砍伐公路用地上的树木审批", "公路树木砍伐", "公路树木 行道树砍伐", "d", "XK", (20, 10),
   "SQ smqd yyzz", "o",
   ["公路法:42", "公路条例"], "更新砍伐公路用地树木许可决定书", form="E",
   x="roadNo:公路编号及桩号:text:r;treeCount:株数:number:r")
it("公交爱心卡办理", "公交爱心卡", "老人乘车卡 免费乘车 公交卡 残疾人乘车 爱心卡", "dsc", "GG", (5, 0),
   "lnk zp1~", "tm",
   [LOCAL("城市公共交通乘车优惠办法")], "公交爱心卡", form="P A",
   x="cardType:卡类:choice:老年人爱心卡（65周岁以上）|残疾人爱心卡|离休干部卡:r")

# ==========================================================================
# 区农业农村局
# ==========================================================================
dept("NY", "区农业农村局", "农业农村", "0755-80001216",
     "%s三楼农业农村窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道农业服务中心（街道政务服务中心）", community="各社区（村）党群服务中心", form="E")

mat("zzsq", "农作物种子生产经营许可申请表", "oe", "form", 1)
mat("zzcs", "种子加工、储藏设施和检验设施仪器清单及产权证明", "oc", "proof", 1)
mat("zzjy", "种子检验人员资格证明", "oc", "proof", 1)
mat("nysq", "农药经营许可申请表", "oe", "form", 1)
mat("nycs", "营业场所和仓储场所地址、面积、平面图及照片", "oe", "other", 1)
mat("nyry", "农学、植保等相关专业技术人员学历或职称证明", "oc", "proof", 1)
mat("nyzd", "农药经营质量管理制度和岗位操作规程", "oe", "other", 1)
mat("syjysq", "兽药经营许可证申请表", "oe", "form", 1)
mat("syry", "兽药质量管理人员及技术人员资格证明", "oc", "proof", 1)
mat("dfsq", "动物防疫条件审查申请表", "oe", "form", 1)
mat("dfpm", "场所地理位置图、各功能区布局平面图", "oe", "other", 1)
mat("dfsb", "设施设备清单及管理制度文本", "oe", "other", 1)
mat("dfry", "人员信息（执业兽医或动物防疫技术人员）", "oe", "other", 1)
mat("zlsq", "动物诊疗许可证申请表", "oe", "form", 1)
mat("zlys", "执业兽医资格证书", "oc", "id", 1)
mat("njdj", "拖拉机和联合收割机登记申请表", "oe", "form", 1)
mat("njfp", "农业机械来历凭证（购机发票等）", "oc", "proof", 1)
mat("njhg", "出厂合格证明", "oc", "proof", 1)
mat("njtj", "驾驶人身体条件证明", "o", "proof", 1)
mat("lzht", "土地经营权流转合同", "o", "contract", 2)
mat("cbq", "农村土地承包经营权证", "oc", "id", 1)
mat("xqsq", "种畜禽生产经营许可证申请表", "oe", "form", 1)
mat("xqzy", "种畜禽品种来源证明及系谱档案", "oc", "proof", 1)
mat("bzsq", "补贴申请表", "oe", "form", 1)
mat("gjfp", "购机发票及机具铭牌照片", "oc", "proof", 1)
mat("dlsb", "耕地面积及种植情况申报表", "oe", "form", 1, notes="由社区（村）公示无异议后报送")
mat("mzsq", "水产苗种生产许可申请表", "oe", "form", 1)
mat("mzcd", "苗种生产场地、设施设备及技术人员情况", "oe", "other", 1)
mat("jysb", "检疫申报单", "oe", "form", 1)
mat("yzjl", "养殖档案及免疫记录", "oc", "proof", 1)

it("农作物种子生产经营许可", "种子经营许可", "种子许可证 种子经营 种子生产", "d", "XK", (20, 15),
   "zzsq yyzz zzcs zzjy frsfz", "om",
   ["种子法:31,32,33", "《农作物种子生产经营许可管理办法》"], "农作物种子生产经营许可证", st="ps", form="E",
   x="crops:作物种类:text:r;scope:生产经营范围:choice:生产经营|仅经营|仅生产:r")
it("农药经营许可", "农药经营许可", "农药店 农资店 农药许可证", "d", "XK", (20, 15),
   "nysq yyzz nycs nyry nyzd", "om",
   ["农药条例:24,25", "《农药经营许可管理办法》"], "农药经营许可证", st="ps", form="E SITE",
   x="restricted:是否经营限制使用农药:bool")
it("兽药经营许可", "兽药经营许可", "兽药店 兽药许可证 宠物药", "d", "XK", (20, 15),
   "syjysq yyzz syry csqz", "om",
   ["兽药条例:22"], "兽药经营许可证", st="ps", form="E SITE",
   x="scope:经营范围:multiChoice:化学药品|中兽药|生物制品（不含疫苗）|宠物用兽药:r")
it("动物防疫条件合格证核发", "动物防疫合格证", "养殖场防疫 屠宰场 动物防疫条件", "d", "XK", (20, 15),
   "dfsq dfpm dfsb dfry yyzz", "om",
   ["动防法:24,25", "动检办法"], "动物防疫条件合格证", st="ps", form="E",
   x="siteType:场所类型:choice:动物饲养场|动物隔离场所|动物屠宰加工场所|动物和动物产品无害化处理场所:r")
it("动物诊疗许可", "动物诊疗许可", "宠物医院 动物医院 宠物诊所", "d", "XK", (20, 15),
   "zlsq yyzz zlys csqz zxfw", "om",
   ["动防法", "《动物诊疗机构管理办法》"], "动物诊疗许可证", st="ps", form="E SITE",
   x="institutionType:机构类型:choice:动物诊所|动物医院:r;scope:诊疗范围:text:r")
it("拖拉机和联合收割机登记", "农机登记", "拖拉机上牌 收割机登记 农机牌照", "d", "QR", (5, 2),
   "njdj sfz njfp njhg", "m",
   ["农机条例", "《拖拉机和联合收割机登记规定》"], "号牌及行驶证", form="P",
   x="machineType:机型:choice:轮式拖拉机|手扶拖拉机|履带拖拉机|联合收割机:r;brand:品牌型号:text:r")
it("拖拉机和联合收割机驾驶证申领", "农机驾驶证", "拖拉机驾驶证 农机驾照", "d", "QR", (20, 10),
   "SQ sfz njtj zp1", "m",
   ["农机条例", "《拖拉机和联合收割机驾驶证管理规定》"], "拖拉机和联合收割机驾驶证", form="P",
   x="category:准驾机型:choice:G1|G2|H|K:r")
it("农村土地经营权流转合同备案", "土地流转备案", "土地流转 承包地流转 土地经营权", "ds", "QT", (5, 3),
   "lzht sfz cbq", "",
   ["《中华人民共和国农村土地承包法》", "《农村土地经营权流转管理办法》"], "流转合同备案回执", form="P",
   x="area:流转面积（亩）:number:r;years:流转期限（年）:number:r;transferee:受让方:text:r")
it("种畜禽生产经营许可", "种畜禽许可", "种猪 种鸡 种畜禽 畜禽繁育", "d", "XK", (20, 15),
   "xqsq yyzz xqzy dfpm", "om",
   ["畜牧法", "《种畜禽生产经营许可管理办法》"], "种畜禽生产经营许可证", st="ps", form="E",
   x="species:畜禽品种:text:r;stock:种畜禽存栏量:number:r")
it("农业机械购置与应用补贴申请", "农机补贴", "农机购置补贴 农机补贴 买农机补贴", "ds", "GF", (20, 15),
   "bzsq sfz gjfp yhk", "o",
   [LOCAL("农业机械购置与应用补贴实施方案")], "补贴结算通知", form="P BANK",
   x="machine:机具名称:text:r;price:购机价格（元）:number:r")
it("耕地地力保护补贴申领", "耕地地力补贴", "种粮补贴 地力补贴 耕地补贴", "dsc", "GF", (20, 15),
   "dlsb sfz cbq yhk", "t",
   ["《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》（财农〔2016〕26号）"], "补贴发放通知",
   form="P BANK", x="area:种植面积（亩）:number:r;crop:种植作物:text:r")
it("水产苗种生产许可", "水产苗种许可", "鱼苗 苗种场 水产苗种", "d", "XK", (20, 15),
   "mzsq yyzz mzcd", "om",
   ["渔业法:16", "《水产苗种管理办法》"], "水产苗种生产许可证", st="ps", form="E",
   x="species:苗种品种:text:r;waterArea:育苗水体（立方米）:number:r")
it("动物检疫申报", "检疫申报", "生猪检疫 出栏检疫 动物检疫 产地检疫", "d", "QT", (1, 0),
   "jysb yzjl", "to",
   ["动防法:49", "《动物检疫管理办法》"], "检疫申报受理单", form="P",
   x="animal:动物种类:text:r;quantity:数量:number:r;destination:启运地及到达地:text:r;declareDate:拟检疫日期:date:r")

# ==========================================================================
# 区文化广电旅游体育局
# ==========================================================================
dept("WL", "区文化广电旅游体育局", "文旅体", "0755-80001217",
     "%s三楼文化旅游体育窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道综合文化站", community="各社区综合性文化服务中心", form="E")

mat("ycsq", "营业性演出申请表", "oe", "form", 1)
mat("ycxy", "演出协议及演员名单", "oc", "contract", 1)
mat("ycjm", "节目及其视听资料", "oe", "other", 1)
mat("ycaq", "演出场所合格证明及安全保卫工作方案", "oc", "proof", 1)
mat("tsq", "文艺表演团体设立申请表", "oe", "form", 1)
mat("tsry", "演员的艺术表演能力证明", "oc", "proof", 1)
mat("ylsq", "娱乐场所经营许可申请表", "oe", "form", 1)
mat("ylxf", "消防安全检查合格证明或承诺", "oc", "proof", 1)
mat("ylts", "投资人、法定代表人、主要负责人无犯罪记录承诺", "o", "form", 1)
mat("wbsq", "互联网上网服务营业场所经营许可申请表", "oe", "form", 1)
mat("wbjs", "网络安全技术措施及信息安全管理制度", "oe", "other", 1)
mat("cbsq", "出版物零售经营许可申请表", "oe", "form", 1)
mat("yspba", "艺术品经营单位备案表", "oe", "form", 1)
mat("gwsq", "经营高危险性体育项目许可申请表", "oe", "form", 1)
mat("gwjl", "社会体育指导人员和救助人员职业资格证明", "oc", "proof", 1)
mat("gwaq", "安全保障制度和措施", "oe", "other", 1)
mat("gwcd", "体育设施符合国家标准的说明", "oc", "proof", 1)
mat("lxsq", "旅行社设立申请书", "oe", "form", 1)
mat("lxbz", "旅游服务质量保证金存单或担保证明", "oc", "proof", 1)
mat("wdba", "旅行社服务网点备案登记表", "oe", "form", 1)
mat("dzz", "读者证申请表", "oe", "form", 1, "n", notes="持身份证可直接在自助机办理")
mat("ydsq", "场地使用申请表", "oe", "form", 1)
mat("jssq", "健身气功活动站点申请表", "oe", "form", 1)
mat("jsfz", "站点负责人及社会体育指导员证明", "oc", "proof", 1)
mat("zdyq", "社会体育指导员技术等级申请表", "oe", "form", 1)
mat("zdpx", "培训考核合格证明及服务记录", "oc", "proof", 1)

it("营业性演出审批", "营业性演出", "演出审批 演唱会 商业演出 文艺演出", "d", "XK", (3, 2),
   "ycsq ycxy ycjm ycaq yyzz", "om",
   ["演出条例:13", "《营业性演出管理条例实施细则》"], "营业性演出批准文件", form="E",
   x="showName:演出名称:text:r;venue:演出场所:text:r;showDate:演出日期:date:r;audience:预计观众人数:number:r;foreignPerformers:是否有境外演员:bool")
it("文艺表演团体设立审批", "文艺表演团体设立", "演出团体 文艺团体 演艺公司", "d", "XK", (20, 10),
   "tsq yyzz tsry frsfz", "om",
   ["演出条例:6"], "营业性演出许可证", form="E",
   x="performerCount:专职演员人数:number:r;category:表演类别:text:r")
it("娱乐场所经营许可", "娱乐场所许可", "KTV 歌舞厅 游艺厅 电玩城 娱乐场所", "d", "XK", (20, 15),
   "ylsq yyzz ylts csqz zxfw ylxf", "om",
   ["娱乐条例:9,11"], "娱乐经营许可证", st="ps", form="E SITE",
   x="entertainmentType:场所类型:choice:歌舞娱乐场所|游艺娱乐场所:r;rooms:包厢（机台）数量:number")
it("互联网上网服务营业场所经营许可", "网吧许可", "网吧 网咖 上网服务 电竞馆", "d", "XK", (20, 15),
   "wbsq yyzz wbjs csqz ylxf", "om",
   ["网吧条例:7,10,11"], "网络文化经营许可证", st="ps", form="E SITE",
   x="computers:计算机台数:number:r")
it("出版物零售业务经营许可", "出版物零售许可", "书店 图书零售 出版物经营", "d", "XK", (20, 10),
   "cbsq yyzz csqz", "om",
   ["出版条例:37", "《出版物市场管理规定》"], "出版物经营许可证", form="E SITE")
it("艺术品经营单位备案", "艺术品经营备案", "画廊 艺术品 字画经营", "d", "QT", (15, 5),
   "yspba yyzz frsfz", "o",
   ["艺术品办法:5"], "艺术品经营单位备案证明", form="E")
it("经营高危险性体育项目许可", "高危体育许可", "游泳馆许可 潜水 攀岩 滑雪 高危体育", "d", "XK", (30, 15),
   "gwsq yyzz gwcd gwjl gwaq", "om",
   ["全民健身:32", "《经营高危险性体育项目许可管理办法》"], "高危险性体育项目经营许可证", st="ps",
   form="E SITE", x="project:项目类别:choice:游泳|高山滑雪|攀岩|潜水|其他:r")
it("旅行社设立许可", "旅行社设立", "开旅行社 旅行社许可 旅游公司", "d", "XK", (20, 15),
   "lxsq yyzz csqz lxbz frsfz", "om",
   ["旅行社条例:6,7", "《旅行社条例实施细则》"], "旅行社业务经营许可证", form="E SITE")
it("旅行社服务网点设立备案", "旅行社网点备案", "旅行社门店 旅游网点 旅行社分店", "d", "QT", (5, 3),
   "wdba yyzz dlysz?", "o",
   ["旅行社条例", "《旅行社条例实施细则》"], "旅行社服务网点备案登记证明", form="E",
   cond={"dlysz": "服务网点开展相关运输服务的"})
it("区图书馆读者证办理", "读者证", "借书证 图书馆 读者证 借书 通借通还", "dsc", "GG", (1, 0),
   "sfz dzz~", "to",
   ["《中华人民共和国公共图书馆法》"], "读者证（可使用社保卡、电子证）", form="P0",
   place="示范区图书馆总馆（文化路8号）及各街道、社区分馆",
   hours="周二至周日 9:00-21:00（周一闭馆，法定节假日另行公告）")
it("公共文化体育场馆场地预约", "场馆预约", "文化馆 活动室预约 体育馆预约 篮球场 羽毛球场", "dsc", "GG", (1, 0),
   "sfz ydsq~", "toa",
   ["《中华人民共和国公共文化服务保障法》", "全民健身"], "预约凭证", form="P0",
   x="venue:场馆:choice:区文化馆|区体育中心|街道综合文化站|社区文化室|学校体育场地（开放时段）:r;date:预约日期:date:r;timeSlot:时段:choice:上午|下午|晚上:r;people:人数:number")
it("举办健身气功活动及设立站点审批", "健身气功站点", "健身气功 八段锦 太极站点", "dsc", "XK", (20, 10),
   "jssq jsfz sfz", "",
   ["《健身气功管理办法》"], "健身气功站点批准文件", form="P",
   x="siteAddress:活动地点:address:r;members:参加人数:number:r;method:功法:text:r")
it("社会体育指导员技术等级评定", "社会体育指导员", "社体指导员 体育指导员 等级评定", "d", "QR", (30, 20),
   "zdyq sfz zdpx zp1", "o",
   ["全民健身", "《社会体育指导员管理办法》"], "社会体育指导员技术等级证书", form="P",
   x="level:申请等级:choice:三级|二级|一级:r;sport:指导项目:text:r")

# ==========================================================================
# 区应急管理局
# ==========================================================================
dept("YJ", "区应急管理局", "应急", "0755-80001218",
     "%s三楼应急管理窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道应急管理办公室（街道政务服务中心）", community="各社区党群服务中心", form="E")

mat("whsq", "危险化学品经营许可证申请书", "oe", "form", 1)
mat("whry", "主要负责人、安全管理人员安全生产知识和管理能力考核合格证明", "oc", "proof", 1)
mat("whzd", "安全生产规章制度和岗位操作规程目录", "oe", "other", 1)
mat("whya", "事故应急救援预案", "oe", "other", 1)
mat("whxk", "危险化学品经营许可证", "o", "id", 1)
mat("yhsq", "烟花爆竹经营（零售）许可证申请书", "oe", "form", 1)
mat("yhcs", "零售场所和专用储存仓库平面图及安全条件说明", "oc", "other", 1)
mat("yhxk", "烟花爆竹经营（零售）许可证", "o", "id", 1)
mat("yaba", "生产安全事故应急预案备案申请表", "oe", "form", 1)
mat("yapsh", "应急预案评审或论证意见", "oc", "proof", 1)
mat("yawb", "应急预案文本（电子）", "e", "other", 0)
mat("zhsq", "受灾人员救助申请表", "oe", "form", 1)
mat("zhss", "受灾损失情况说明及照片", "oe", "proof", 1, "n")
mat("yzdba", "非药品类易制毒化学品经营备案申请表", "oe", "form", 1)
mat("yzdzd", "易制毒化学品管理制度和岗位安全责任制度", "oe", "other", 1)
mat("jbsq", "举报奖励申请表", "oe", "form", 1)

it("危险化学品经营许可（不带储存设施）", "危化品经营许可", "危化品 危险化学品经营许可证 化工贸易 油漆经营", "d", "XK", (30, 15),
   "whsq yyzz whry whzd whya csqz", "om",
   ["危化条例:33,34,35", "《危险化学品经营许可证管理办法》"], "危险化学品经营许可证", st="ps", form="E SITE",
   x="chemicals:拟经营的危险化学品品种:text:r;storage:是否带有储存设施:bool")
it("危险化学品经营许可变更延续", "危化品许可变更延续", "危化证延续 危化证变更", "d", "XK", (30, 15),
   "whsq whxk bgwj?", "om",
   ["危化条例:35", "《危险化学品经营许可证管理办法》"], "危险化学品经营许可证", sub=True, form="E",
   cond={"bgwj": "申请变更的"}, x="applyType:申请类型:choice:变更|延期:r")
it("烟花爆竹零售经营许可", "烟花爆竹零售许可", "烟花爆竹 鞭炮销售 春节烟花", "d", "XK", (20, 10),
   "yhsq yyzz yhcs whry", "om",
   ["烟花条例:16,19", "《烟花爆竹经营许可实施办法》"], "烟花爆竹经营（零售）许可证", st="ps", form="E SITE",
   x="storageQty:限制存放量（箱）:number:r;salePeriod:销售时段:text:r")
it("烟花爆竹零售经营许可延续", "烟花零售许可延续", "烟花爆竹延期 零售许可延续", "d", "XK", (20, 10),
   "yhsq yhxk yyzz", "om",
   ["烟花条例:19", "《烟花爆竹经营许可实施办法》"], "烟花爆竹经营（零售）许可证", sub=True, form="E")
it("生产经营单位生产安全事故应急预案备案", "应急预案备案", "应急预案 预案备案 安全预案", "d", "QT", (20, 5),
   "yaba yapsh yawb yyzz", "o",
   ["安全法:81", "应急预案:26"], "应急预案备案登记表", form="E",
   x="industry:所属行业:text:r;planTypes:预案类型:multiChoice:综合应急预案|专项应急预案|现场处置方案:r")
it("自然灾害受灾人员生活救助申请", "受灾救助", "受灾救助 灾后救助 台风受灾 水灾 倒房重建", "dsc", "GF", (10, 5),
   "zhsq sfz hkb zhss yhk", "t",
   ["社救:20,21,22", "灾害救助"], "救助审批结果", st="st", form="P FAM BANK",
   x="disasterType:灾害类型:choice:台风|洪涝|地质灾害|火灾|其他:r;loss:主要损失:multiChoice:房屋倒塌|房屋严重损坏|生活物资损失|人员伤亡:r")
it("第二类、第三类非药品类易制毒化学品经营备案", "易制毒经营备案", "易制毒 硫酸 盐酸 丙酮 高锰酸钾", "d", "QT", (5, 0),
   "yzdba yyzz yzdzd frsfz", "o",
   ["易制毒", "《非药品类易制毒化学品生产、经营许可办法》"], "非药品类易制毒化学品经营备案证明", form="E",
   x="category:类别:choice:第二类|第三类:r;chemicals:品种:text:r")
it("安全生产举报奖励申请", "举报奖励", "安全生产举报 隐患举报 举报奖励", "d", "GF", (60, 30),
   "jbsq sfz yhk", "o",
   ["安全法:74,76", "《安全生产领域举报奖励办法》"], "奖励决定", form="P BANK",
   x="caseNo:举报受理编号:text:r")

# ==========================================================================
# 区生态环境分局
# ==========================================================================
dept("HB", "区生态环境分局", "生态环境", "0755-80001219",
     "%s三楼生态环境窗口（%s）" % (CENTRE, CENTRE_ADDR),
     street="各街道生态环境工作站", community="各社区党群服务中心", form="E PROJ")

mat("hpsq", "建设项目环境影响评价文件报批申请书", "oe", "form", 1)
mat("hpbb", "环境影响报告表（全本及公开版本）", "oe", "other", 1)
mat("hpbs", "环境影响报告书（全本及公开版本）", "oe", "other", 1)
mat("gzcy", "公众参与说明", "oe", "other", 1)
mat("hpdj", "建设项目环境影响登记表", "e", "form", 0, notes="通过环境影响登记表备案系统在线填报")
mat("pwsq", "排污许可证申请表", "oe", "form", 1)
mat("pwcn", "守法承诺书", "o", "form", 1)
mat("pwjc", "自行监测方案", "oe", "other", 1)
mat("pwdj", "固定污染源排污登记表", "e", "form", 0)
mat("yjsq", "夜间施工申请表", "oe", "form", 1)
mat("yjly", "需连续施工作业的工艺要求或特殊需要说明", "oc", "proof", 1)
mat("jzfa", "噪声污染防治措施及周边居民公告方案", "oe", "other", 1)
mat("fxsq", "辐射安全许可证申请表", "oe", "form", 1)
mat("fxzd", "辐射安全管理制度、防护措施及事故应急方案", "oe", "other", 1)
mat("fxry", "辐射工作人员辐射安全与防护考核合格证明", "oc", "proof", 1)
mat("hjts", "环境污染投诉材料", "oe", "form", 1, "n", notes="可电话、网上或窗口口头反映")

it("建设项目环境影响报告表审批", "环评报告表审批", "环评 环评审批 环境影响报告表 环评报告", "d", "XK", (30, 15),
   "hpsq hpbb yyzz frsfz", "mo",
   ["环评法:16,22", "《建设项目环境保护管理条例》"], "环境影响报告表批复", form="E PROJ",
   x="industryCategory:行业类别（名录）:text:r")
it("建设项目环境影响报告书审批", "环评报告书审批", "环评报告书 重大项目环评", "d", "XK", (60, 30),
   "hpsq hpbs gzcy yyzz", "mo",
   ["环评法:16,21,22", "《建设项目环境保护管理条例》"], "环境影响报告书批复", form="E PROJ",
   x="industryCategory:行业类别（名录）:text:r")
it("建设项目环境影响登记表备案", "环评登记表备案", "环评备案 登记表备案 环评登记", "d", "QT", (1, 0),
   "hpdj yyzz", "o",
   ["环评法:16,22", "《建设项目环境影响登记表备案管理办法》"], "环境影响登记表备案回执", form="E PROJ")
it("排污许可证核发（简化管理）", "排污许可", "排污证 排污许可证 简化管理", "d", "XK", (20, 10),
   "pwsq pwcn pwjc yyzz", "o",
   ["排污条例", "《排污许可管理办法》"], "排污许可证", form="E",
   x="industry:行业类别:text:r;pollutants:主要污染物:multiChoice:废气|废水|固体废物|噪声:r")
it("固定污染源排污登记", "排污登记", "排污登记 登记管理 排污登记表", "d", "QT", (1, 0),
   "pwdj yyzz", "o",
   ["排污条例", "《固定污染源排污登记工作指南》"], "排污登记回执", form="E")
it("夜间连续施工作业证明", "夜间施工证明", "夜间施工 夜间作业 连续施工 噪声", "d", "XK", (5, 3),
   "yjsq yjly jzfa yyzz sgxk", "o",
   ["噪声法:43"], "夜间连续施工作业证明", form="E PROJ",
   x="nightFrom:夜间施工起始日期:date:r;nightTo:夜间施工截止日期:date:r;process:施工工序:text:r")
it("辐射安全许可（使用Ⅲ类射线装置）", "辐射安全许可", "辐射许可 射线装置 X光机 牙片机 辐射安全", "d", "XK", (20, 15),
   "fxsq yyzz fxzd fxry", "om",
   ["辐射条例", "《放射性同位素与射线装置安全许可管理办法》"], "辐射安全许可证", st="ps", form="E",
   x="devices:射线装置名称及型号:text:r;quantity:台数:number:r")
it("生态环境投诉举报受理", "环境投诉", "噪音投诉 油烟投诉 污水 臭味 环境举报 12345", "dsc", "QT", (15, 5),
   "hjts! sfz~", "to",
   ["《中华人民共和国环境保护法》", "《环境保护公众参与办法》"], "投诉受理告知及处理结果", form="P0",
   x="pollutionType:污染类型:choice:噪声|油烟|废气|污水|固体废物|其他:r;location:污染发生地点:text:r;time:发生时段:text")

# ==========================================================================
# 街道办事处
# ==========================================================================
dept("JD", "街道办事处", "街道办", "0755-80001220",
     "各街道政务服务中心综合窗口",
     street="各街道政务服务中心综合窗口", community="各社区党群服务中心", form="P A")

mat("jnsq", "先行救助申请（可口头申请）", "oe", "form", 1, notes="情况紧急的可先行救助后补办手续")
mat("byqk", "兵役登记表", "oe", "form", 1, notes="可在全国征兵网在线登记")
mat("zbsq", "应征公民入伍报名表", "oe", "form", 1)
mat("xlzm", "学历或学籍证明", "oce", "proof", 1)
mat("tdsq", "便民疏导点摆卖申请表", "oe", "form", 1)
mat("mqsb", "门前三包责任书", "o", "contract", 2)
mat("cdsq", "场地使用申请表", "oe", "form", 1)
mat("zcsq", "长者助餐服务申请表", "oe", "form", 1)
mat("jhsq", "紧急呼叫设备安装申请表", "oe", "form", 1)
mat("gysq", "公益性岗位申请表", "oe", "form", 1)
mat("wjjb", "违法建设举报材料", "oe", "other", 1, "n", notes="照片、位置等，可匿名")
mat("lldc", "流浪犬猫情况描述及照片", "oe", "other", 1, "n")
mat("rtsq", "日间照料中心入托申请表", "oe", "form", 1)
mat("tjbg", "老年人能力评估报告", "oc", "proof", 1, "c", "申请全托或护理型服务的")
mat("csdj", "救助物资领取登记表", "oe", "form", 1)
mat("ccsq", "业主大会筹备组成立申请", "oe", "form", 1)
mat("yzqm", "业主联名材料", "o", "proof", 1, notes="占业主总人数20%以上的业主签名")

it("临时救助先行救助", "先行救助", "急难救助 紧急救助 小额救助 先行救助", "s", "GF", (1, 0),
   "sfz? jnsq", "t",
   ["社救:48,49", "《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）"], "先行救助发放记录",
   form="P BANK", cond={"sfz": "申请人能够提供身份证件的"},
   x="urgentNeed:紧急需要:multiChoice:基本生活|医疗救治|住宿|返乡:r;amount:先行救助金额（元）:number")
it("兵役登记", "兵役登记", "兵役登记 18岁登记 男青年兵役 征兵登记", "s", "QR", (1, 0),
   "sfz byqk xlzm~", "to",
   ["兵役法", "征兵条例"], "兵役登记信息（兵役登记证明）", form="P",
   x="education:文化程度:choice:初中|高中|中职|大专|本科|研究生:r;schoolStatus:在校状态:choice:在校|毕业|其他:r")
it("应征入伍报名初审", "征兵报名初审", "参军 当兵 征兵报名 大学生参军 入伍", "s", "QR", (10, 5),
   "sfz zbsq xlzm hkb", "o",
   ["兵役法", "征兵条例"], "初审结果及体检通知", form="P",
   x="education:文化程度:choice:高中|中职|大专|本科|研究生:r;major:专业:text;wantedService:意向兵种:text")
it("便民疏导点摆卖申请", "便民疏导点", "摆摊 夜市摊位 便民摊点 临时摊位", "s", "XK", (5, 3),
   "sfz tdsq jkz?", "",
   ["市容条例", LOCAL("市容和环境卫生管理条例")], "疏导点摆卖证", form="P",
   cond={"jkz": "经营食品的"},
   x="spot:申请疏导点:text:r;goods:经营品类:choice:食品|日用品|果蔬|修理服务|其他:r")
it("门前三包责任书签订", "门前三包", "门前三包 市容责任区 商户责任书", "sc", "QT", (1, 0),
   "mqsb yyzz", "",
   ["市容条例", LOCAL("市容和环境卫生管理条例")], "门前三包责任书", form="E",
   x="frontageLength:门前责任区长度（米）:number")
it("街道综合文化站场地使用申请", "文化站场地", "活动室 文化站 排练厅 多功能厅", "s", "GG", (3, 0),
   "cdsq sfz", "toa",
   ["《中华人民共和国公共文化服务保障法》"], "场地使用确认", form="P0",
   x="activity:活动名称:text:r;date:使用日期:date:r;people:参加人数:number:r")
it("长者助餐服务补贴申请", "长者助餐", "长者饭堂 老人食堂 助餐补贴 老年人吃饭", "sc", "GF", (10, 5),
   "zcsq sfz dbz_c", "t",
   ["老年法", LOCAL("社区长者助餐服务管理办法")], "助餐补贴资格确认", st="st", form="P A",
   x="mealSite:助餐点:text:r;delivery:是否需要送餐上门:bool")
it("老年人紧急呼叫设备安装申请", "紧急呼叫安装", "一键呼叫 紧急呼叫 独居老人 智能手环 烟感", "sc", "GG", (10, 5),
   "jhsq sfz", "ta",
   ["老年法", LOCAL("智慧养老服务实施方案")], "安装服务确认", form="P A",
   x="livingAlone:是否独居:bool:r;devices:需要的设备:multiChoice:一键呼叫器|智能烟感|燃气报警器|门磁|智能手环:r")
it("社区日间照料中心入托申请", "日间照料", "日托 老人日托 托老所 日间照料", "sc", "GG", (5, 3),
   "rtsq sfz tjbg?", "ta",
   ["老年法"], "入托服务协议", form="P A",
   x="careType:托养方式:choice:日间照料|短期全托:r;pickup:是否需要接送:bool")
it("公益性岗位安置申请", "公益性岗位", "公益岗 托底安置 就业困难 保洁岗 治安巡逻", "s", "GG", (15, 10),
   "gysq sfz jycyz", "t",
   ["就促法:52", LOCAL("公益性岗位开发管理办法")], "岗位安置通知", form="P",
   x="postWanted:意向岗位:choice:保洁|绿化养护|治安巡逻|社区服务|停车管理:r")
it("违法建设投诉举报", "违建举报", "违建 乱搭建 违章建筑 楼顶加建 举报", "sc", "QT", (5, 3),
   "wjjb! sfz~", "to",
   ["城规法:64,68"], "举报受理回执", form="P0",
   x="anonymous:是否匿名:bool;location:违建位置:address:r;desc:情况描述:text:r")
it("流浪犬猫管控求助", "流浪犬猫", "流浪狗 流浪猫 野狗 犬只伤人 捕捉", "sc", "GG", (3, 0),
   "lldc! sfz~", "to",
   ["动防法:30"], "处置回执", form="P0",
   x="animal:动物类别:choice:犬|猫:r;location:出没地点:text:r;danger:是否有伤人风险:bool")
it("慈善超市救助物资领取", "慈善超市", "慈善超市 爱心物资 救助物资 粮油领取", "s", "GG", (1, 0),
   "sfz csdj dbz_c?", "",
   ["慈善法", LOCAL("慈善超市运营管理办法")], "物资领取登记", form="P",
   x="category:救助对象类别:choice:低保对象|特困人员|低保边缘家庭|临时遇困群众|其他:r")
it("业主大会筹备组成立申请", "业主大会筹备", "成立业委会 筹备组 业主大会", "s", "QT", (30, 20),
   "ccsq yzqm fwqs", "",
   ["物业条例:10", "《业主大会和业主委员会指导规则》"], "筹备组成立通知", form="P",
   x="communityName:小区名称:text:r;households:业主户数:number:r")

# ==========================================================================
# 社区居民委员会
# ==========================================================================
dept("SQ", "社区居民委员会", "社区", "0755-80001221",
     "各社区党群服务中心", community="各社区党群服务中心（社区居民委员会）", form="P0")

mat("zxzm_sq", "房屋居住相关材料", "oc", "proof", 1, "n", notes="租赁合同或不动产权证书，便于登记准确")
mat("czdj", "出租房屋居住人员登记表", "oe", "form", 1)
mat("czsfz", "承租人居民身份证", "oe", "id", 0)
mat("czrsfz_sq", "出租人居民身份证", "oe", "id", 0)
mat("hdsq_sq", "活动场地预约表", "oe", "form", 1, "n")
mat("zyzc", "志愿者注册信息表", "oe", "form", 1, "n", notes="可通过志愿服务信息系统自行注册")
mat("sfjc", "监护人居民身份证", "oe", "id", 0)
mat("ytsq", "儿童健康情况告知书", "o", "form", 1)
mat("xlyy", "心理咨询预约登记表", "oe", "form", 1, "n")
mat("yssq", "议事申请表", "oe", "form", 1)
mat("xysq", "帮扶需求登记表", "oe", "form", 1)
mat("jyxy", "物资借用协议", "o", "contract", 1)
mat("jcdj_sq", "长者饭堂就餐登记表", "oe", "form", 1)

it("新入住居民信息登记", "居民信息登记", "新搬来 入住登记 社区登记 居民登记", "c", "GG", (1, 0),
   "sfz zxzm_sq", "",
   ["居委会法:3"], "登记回执", form="P",
   x="moveInDate:入住日期:date:r;household:同住人数:number;specialNeeds:是否有需要关爱的家庭成员:multiChoice:独居老人|残疾人|留守儿童|重病患者|无")
it("出租房屋居住人员信息登记", "出租屋登记", "出租屋 租客登记 房东登记 来穗登记 流动人口", "c", "GG", (1, 0),
   "czdj czrsfz_sq czsfz zlht", "to",
   ["居住证", LOCAL("出租屋管理办法")], "登记回执", form="P HOUSE",
   cond={"zlht": "已签订书面租赁合同的"},
   x="tenantName:承租人姓名:text:r;tenantIdNo:承租人公民身份号码:residentId:r;tenants:居住人数:number:r")
it("社区活动场地预约", "社区场地预约", "社区活动室 会议室 社区场地", "c", "GG", (1, 0),
   "sfz hdsq_sq", "toa",
   ["居委会法:3"], "预约确认", form="P0",
   x="room:场地:choice:多功能活动室|会议室|舞蹈室|阅览室|户外广场:r;date:使用日期:date:r;timeSlot:时段:choice:上午|下午|晚上:r;purpose:用途:text:r")
it("社区志愿者注册", "志愿者注册", "志愿者 义工 志愿服务 平安志愿 做义工", "c", "GG", (1, 0),
   "sfz zyzc", "to",
   ["志愿条例:7"], "志愿者注册确认（志愿服务信息系统）", form="P",
   x="skills:服务意向:multiChoice:助老|助残|关爱儿童|环保|平安巡逻|文体活动|应急救援:r;availableTime:可服务时间:text")
it("社区长者饭堂就餐登记", "长者饭堂登记", "长者饭堂 老人就餐 社区食堂", "c", "GG", (1, 0),
   "sfz jcdj_sq", "t",
   ["老年法"], "就餐卡（登记回执）", form="P",
   x="mealType:就餐时段:multiChoice:午餐|晚餐:r;dietNeeds:饮食要求:multiChoice:低盐|低糖|软食|清真|无")
it("“四点半课堂”报名", "四点半课堂", "四点半课堂 课后托管 放学托管 作业辅导", "c", "GG", (1, 0),
   "sfjc ytsq", "o",
   [LOCAL("社区青少年课后服务实施方案")], "报名确认", form="CHILD",
   x="school:就读学校:text:r;grade:年级:choice:一年级|二年级|三年级|四年级|五年级|六年级:r;pickupPerson:接送人:text:r")
it("社区心理咨询预约", "心理咨询预约", "心理咨询 心理辅导 情绪疏导 心理服务", "c", "GG", (1, 0),
   "xlyy! sfz", "oa",
   ["《中华人民共和国精神卫生法》"], "预约确认", form="P0",
   x="topic:咨询方向:choice:家庭关系|亲子教育|情绪压力|老年心理|其他:r;preferredDate:预约日期:date:r")
it("居民议事事项申请", "居民议事", "居民议事会 社区议事 民主协商 小区事务", "c", "GG", (5, 3),
   "yssq sfz", "",
   ["居委会法:3,10"], "议事结果告知", form="P0",
   x="topic:议题:text:r;related:涉及范围:choice:本楼栋|本小区|本社区:r")
it("困难群众帮扶需求登记", "帮扶需求登记", "微心愿 帮扶 困难群众 爱心帮扶", "c", "GG", (1, 0),
   "xysq sfz", "",
   ["社救", "居委会法:3"], "帮扶需求登记回执", form="P",
   x="needType:帮扶需求:multiChoice:生活物资|就医陪护|助学|家政维修|就业帮扶|其他:r")
it("助老助残爱心物资借用", "爱心物资借用", "借轮椅 借拐杖 助行器 护理床 爱心物资", "c", "GG", (1, 0),
   "sfz jyxy", "",
   ["老年法", "残保法"], "借用登记", form="P",
   x="item:借用物品:choice:轮椅|助行器|拐杖|坐便椅|护理床:r;days:借用天数:number:r")
it("社区婴幼儿托育服务报名", "社区托育报名", "托育 嵌入式托育 托班 社区托育", "c", "GG", (3, 0),
   "sfjc ytsq yjxj", "oa",
   ["《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》（国办发〔2019〕15号）"], "报名确认",
   form="CHILD", x="careType:托育方式:choice:全日托|半日托|计时托:r")

# ==========================================================================
# Expansion into the package
# ==========================================================================
DEFAULT_STREET = "各街道政务服务中心综合窗口"
DEFAULT_COMMUNITY = "各社区党群服务中心"


def place_for(spec, levels):
    if spec.get("place"):
        return spec["place"]
    d = spec["dept"]
    text = {"district": d["place"], "street": d["street"] or DEFAULT_STREET,
            "community": d["community"] or DEFAULT_COMMUNITY}
    if len(levels) == 1:
        return text[levels[0]]
    return "；".join("%s：%s" % (LEVEL_NAMES[lv], text[lv]) for lv in levels)


def steps_for(spec, item):
    d = spec["dept"]
    p, legal = item["promisedLimitDays"], item["legalLimitDays"]
    res = item.get("resultName") or "办理结果"
    fl = item["flags"]
    deliver = "窗口领取" + ("，或选择免费邮寄送达" if fl["courier"] else "")
    online = "通过网上办事平台或" if fl["online"] else ""
    st = spec.get("st") or ("i" if p == 0 else (d["steps"] or "p"))
    accept = ("窗口工作人员核验身份和材料，材料齐全、符合法定形式的当场受理并出具受理凭证；"
              "材料不齐全的，一次性告知需要补正的全部内容")
    if st == "i":
        return [("申请", "申请人%s到窗口提交申请材料" % online),
                ("受理", "窗口工作人员核验身份和材料，材料齐全、符合法定形式的当场受理；"
                         "不齐全的，一次性告知需要补正的全部内容"),
                ("审查", "窗口工作人员当场审查"),
                ("办结", "符合条件的当场办结，出具%s%s" % (res, "，也可选择邮寄送达" if fl["courier"] else ""))]
    if st == "p":
        return [("申请", "申请人%s到窗口提交申请材料" % online),
                ("受理", accept),
                ("审查", "%s承办科室对申请材料进行审查，必要时核实有关情况" % d["name"]),
                ("决定", "自受理之日起%d个工作日内作出决定；不予批准的，书面说明理由并告知救济途径" % p),
                ("送达", "%s%s" % (res, "：" + deliver))]
    if st == "ps":
        return [("申请", "申请人%s到窗口提交申请材料" % online),
                ("受理", accept),
                ("审查", "%s承办科室对申请材料进行书面审查" % d["name"]),
                ("现场核查", "需要核查的，组织工作人员到现场核查，核查结果当场告知"),
                ("决定", "自受理之日起%d个工作日内作出准予或不予许可的决定；不予许可的，书面说明理由" % p),
                ("送达", "%s%s" % (res, "：" + deliver))]
    if st == "sa":
        return [("申请", "由共同生活的家庭成员向户籍所在地街道办事处提出书面申请，"
                         "也可通过社区居民委员会代为提交或%s申请" % ("在网上" if fl["online"] else "到区政务服务中心")),
                ("受理", "街道对申请材料进行审查，材料齐全的予以受理；不齐全的一次性告知补正"),
                ("家庭经济状况核对", "通过居民家庭经济状况核对系统，核对共同生活家庭成员的收入和财产状况"),
                ("入户调查", "街道组织工作人员入户调查，必要时开展邻里访问、信函索证"),
                ("审核确认", "自受理之日起%d个工作日内作出审核确认决定，拟救助对象在其居住地社区公示7天" % p),
                ("发放", "公示无异议的，按规定发放救助金至指定账户；不予救助的，书面说明理由")]
    if st == "st":
        return [("申请", "向居住地社区、街道政务服务中心或区政务服务中心提出申请%s" %
                 ("，也可网上申请" if fl["online"] else "")),
                ("受理", accept),
                ("初审", "街道对申请材料和申请人情况进行初审，签署意见后报%s" % d["name"]),
                ("审核决定", "%s审核，自受理之日起%d个工作日内作出决定" % (d["name"], p)),
                ("送达", "%s%s" % (res, "：" + deliver))]
    if st == "div":
        return [("申请", "男女双方共同到婚姻登记机关提出离婚登记申请，提交材料并签署离婚登记申请书"),
                ("受理", "材料齐全、符合条件的予以受理，发给离婚登记申请受理回执单"),
                ("冷静期", "自受理之日起30日内，任何一方不愿意离婚的，可以持回执单撤回申请"),
                ("申请发证", "冷静期届满后30日内，双方共同到婚姻登记机关申请发给离婚证；逾期未申请的视为撤回申请"),
                ("审查登记", "查明双方确实自愿离婚，并已对子女抚养、财产以及债务处理等事项协商一致的，予以登记，当场发给离婚证")]
    if st == "arb":
        return [("申请", "申请人提交书面申请书及证据材料%s" % ("，也可网上申请" if fl["online"] else "")),
                ("受理", "自收到申请之日起%d日内决定是否受理" % legal),
                ("送达受理文书", "受理的送达受理通知书并通知被申请人；不予受理的书面说明理由"),
                ("审理", "依法组织调解或审理，审理期限按有关法律规定计算"),
                ("结案", "作出裁决（决定）或制作调解书，依法送达当事人")]
    if st == "nt":
        return [("申请", "当事人%s到公证处提出申请，提交身份证明和相关材料" % online),
                ("受理", "公证员审查当事人身份、申请事项是否属于受理范围，符合条件的予以受理并告知收费标准"),
                ("审查核实", "公证员询问当事人并审查核实有关材料，必要时调查核实"),
                ("出证", "自受理之日起%d个工作日内出具%s（核实或补充材料的时间不计入）" % (p, res)),
                ("送达", deliver)]
    raise KeyError("unknown steps template %r (%s)" % (st, spec["name"]))


def materials_for(spec, online):
    out = []
    conds = spec.get("cond", {})
    notes = spec.get("notes", {})
    for tok in spec["mats"].split():
        m = re.match(r"^([A-Za-z0-9_]+)([?~!]?)(?:\*(\d+))?$", tok)
        if not m:
            raise ValueError("bad material token %r in %s" % (tok, spec["name"]))
        key, suffix, ncopies = m.group(1), m.group(2), m.group(3)
        if key == "SQ":
            base = spec["name"]
            if spec.get("tbl"):
                tname = spec["tbl"]
            elif base.endswith(("申请", "申领", "登记", "备案")):
                tname = base + "表"
            elif base.endswith(("审批", "核准", "许可", "认定", "确认", "评定")):
                tname = base + "申请表"
            else:
                tname = base + "申请表"
            name, forms, typ, copies, nec, cond, note = (
                tname, "oe" if online else "o", "form", 1, "r", None, "申请人签名（单位申请的加盖公章）")
            mid = "sqb"
            is_form = True
        else:
            name, forms, typ, copies, nec, cond, note = M[key]
            mid = key.lower()
            is_form = key in MFORM
        nec = {"?": "c", "~": "n", "!": "r"}.get(suffix, nec)
        if ncopies:
            copies = int(ncopies)
        cond = conds.get(key, cond)
        note = notes.get(key, note)
        mat_ = {"id": mid, "name": name,
                "forms": [FORM_CODES[c] for c in forms],
                "type": typ, "copies": copies, "necessity": NEC_CODES[nec]}
        if nec == "c":
            mat_["condition"] = cond
        elif cond:
            note = (cond + "时提交" + ("；" + note if note else "")) if nec == "n" else note
        if note:
            mat_["notes"] = note
        if is_form:
            mat_["blankForm"] = "《%s》空白表" % name
            mat_["sample"] = "《%s》填写样例" % name
        out.append(mat_)
    return out


# Conditions that mean "someone acts for the applicant": where the form asks whether an agent
# acts (byAgent), the material carries the machine-readable condition too, so the checklist
# shows it exactly when the staff tick that box.
AGENT_CONDITIONS = {"委托他人办理的", "由监护人代为办理的", "由单位经办人办理的", "由法定代表人以外的人员办理的"}


def link_agent_materials(item):
    if not any(f["key"] == "byAgent" for f in item["form"]["fields"]):
        return
    for m in item["materials"]:
        if m.get("condition") in AGENT_CONDITIONS:
            m["when"] = {"field": "byAgent", "equals": True}


def form_for(spec, courier):
    sets = (spec.get("form") or spec["dept"]["form"]).split()
    fields = []
    for s in sets:
        fields.extend(FS[s])
    if spec.get("x"):
        fields.extend(parse_extras(spec["x"]))
    if courier:
        fields.extend(DELIVERY)
    return {"fields": json.loads(json.dumps(fields, ensure_ascii=False))}


def build():
    departments = []
    dept_code = {}
    for d in DEPTS:
        code = uscc(d["no"])
        dept_code[d["key"]] = code
        departments.append({"code": code, "name": d["name"], "shortName": d["short"]})

    items = []
    counters = {}
    for spec in ITEMS:
        d = spec["dept"]
        base, sub, base_type = counters.get(d["key"], (0, 0, None))
        if spec.get("sub"):
            # 办理项 of the same 实施事项: shares baseCode and implCode with its parent
            if base == 0:
                raise ValueError("sub item without parent: %s" % spec["name"])
            sub += 1
        else:
            base, sub, base_type = base + 1, 1, spec["t"]
        counters[d["key"]] = (base, sub, base_type)
        dcode = dept_code[d["key"]]
        impl = "%s4%s%03d000" % (dcode, REGION, base)
        code = "%s%03d" % (impl, sub)
        base_code = "%s%02d%03d0000Y" % (TYPE_NUM[base_type], d["no"], base)

        legal, promised = spec["days"]
        levels = [LEVEL_CODES[c] for c in spec["lv"]]
        flags = {"cityWide": "t" in spec["fl"], "courier": "m" in spec["fl"],
                 "appointment": "a" in spec["fl"], "online": "o" in spec["fl"]}
        item = {
            "code": code,
            "baseCode": base_code,
            "implCode": impl,
            "version": stable_version(spec["name"]),
            "name": spec["name"],
        }
        if spec["short"] and spec["short"] != spec["name"]:
            item["shortName"] = spec["short"]
        kws = []
        for k in spec["kw"].split():
            if k not in kws and k != spec["name"] and k != spec["short"]:
                kws.append(k)
        if kws:
            item["keywords"] = kws
        item.update({
            "department": dcode,
            "itemType": spec["t"],
            "levels": levels,
            "reviewType": "instant" if promised == 0 else "promised",
            "legalLimitDays": legal,
            "promisedLimitDays": promised,
            "fees": [{"name": FEE[f][0], "amount": FEE[f][1], "basis": FEE[f][2]}
                     for f in spec.get("fees", [])],
            "place": place_for(spec, levels),
            "hours": spec.get("hours") or (d["hours"] if "district" in levels else STD_HOURS),
            "hotline": d["hotline"],
            "legalBasis": [law(t) for t in spec["lb"]],
        })
        if spec["res"]:
            item["resultName"] = spec["res"]
        item["flags"] = flags
        item["steps"] = [{"name": n, "description": t} for n, t in steps_for(spec, item)]
        item["materials"] = materials_for(spec, flags["online"])
        item["form"] = form_for(spec, flags["courier"])
        link_agent_materials(item)
        # key order as in the spec table
        order = ["code", "baseCode", "implCode", "version", "name", "shortName", "keywords",
                 "department", "itemType", "levels", "reviewType", "legalLimitDays",
                 "promisedLimitDays", "fees", "place", "hours", "hotline", "legalBasis",
                 "steps", "resultName", "flags", "materials", "form"]
        items.append({k: item[k] for k in order if k in item})

    pkg = dict(HEADER)
    pkg["dictionaries"] = {t: [{"code": c, "label": l} for c, l in rows]
                           for t, rows in DICTIONARIES.items()}
    pkg["departments"] = departments
    pkg["items"] = items
    return pkg


# ==========================================================================
# Self-check: fails loudly
# ==========================================================================
FIELD_TYPES = {"text", "number", "date", "choice", "multiChoice", "address", "phone",
               "residentId", "uscc", "postalCode", "bool", "group"}
KEY_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
CODE_RE = re.compile(r"^[0-9A-Z]+$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
FORBIDDEN = ("测试事项", "示例事项", "TODO", "待定", "lorem")


def check_fields(errs, where, fields):
    keys = {}
    for i, f in enumerate(fields):
        w = "%s[%d]" % (where, i)
        for k in ("key", "label", "type"):
            if not isinstance(f.get(k), str) or not f.get(k):
                errs.append("%s.%s missing" % (w, k))
        if not KEY_RE.match(f.get("key", "")):
            errs.append("%s.key %r invalid" % (w, f.get("key")))
        if f.get("key") in keys:
            errs.append("%s.key %r duplicated at this level" % (w, f.get("key")))
        keys[f.get("key")] = f
        if f.get("type") not in FIELD_TYPES:
            errs.append("%s.type %r unknown" % (w, f.get("type")))
        if f.get("type") in ("choice", "multiChoice"):
            opts = f.get("options")
            if not opts or len(set(opts)) != len(opts):
                errs.append("%s.options missing or duplicated" % w)
        elif "options" in f:
            errs.append("%s.options on a %s field" % (w, f.get("type")))
        if f.get("type") == "group":
            if not f.get("fields"):
                errs.append("%s.fields missing for group" % w)
            else:
                check_fields(errs, w + ".fields", f["fields"])
        elif "fields" in f:
            errs.append("%s.fields on a non-group field" % w)
    for i, f in enumerate(fields):
        vw = f.get("visibleWhen")
        if vw is None:
            continue
        w = "%s[%d].visibleWhen" % (where, i)
        target = keys.get(vw.get("field"))
        if target is None:
            errs.append("%s refers to unknown field %r" % (w, vw.get("field")))
        elif target["type"] == "bool" and not isinstance(vw.get("equals"), bool):
            errs.append("%s: bool field compared with %r" % (w, vw.get("equals")))
        elif target["type"] == "choice" and vw.get("equals") not in target["options"]:
            errs.append("%s: %r is not an option of %s" % (w, vw.get("equals"), target["key"]))


def self_check(pkg, text):
    errs = []
    for k, v in HEADER.items():
        if pkg.get(k) != v:
            errs.append("header %s" % k)
    dic = {t: {r["code"] for r in rows} for t, rows in pkg["dictionaries"].items()}
    expected = {t: {c for c, _ in rows} for t, rows in DICTIONARIES.items()}
    if dic != expected:
        errs.append("dictionaries differ from the spec")
    dcodes = [d["code"] for d in pkg["departments"]]
    if len(set(dcodes)) != len(dcodes):
        errs.append("department codes not unique")
    for d in pkg["departments"]:
        if not (d["code"] and d["name"] and d["shortName"]):
            errs.append("department incomplete: %r" % d)
    items = pkg["items"]
    seen = set()
    used_depts = set()
    for i, it_ in enumerate(items):
        w = "item %d (%s, %s)" % (i, it_.get("code"), it_.get("name"))
        code = it_["code"]
        if code in seen:
            errs.append("%s: code duplicated" % w)
        seen.add(code)
        if not (1 <= len(code) <= 50 and CODE_RE.match(code)):
            errs.append("%s: code width/pattern" % w)
        if not (len(it_["baseCode"]) <= 12 and CODE_RE.match(it_["baseCode"])):
            errs.append("%s: baseCode width/pattern" % w)
        if not (len(it_["implCode"]) <= 36 and CODE_RE.match(it_["implCode"])):
            errs.append("%s: implCode width/pattern" % w)
        if not (isinstance(it_["version"], int) and 1 <= it_["version"] <= 3):
            errs.append("%s: version" % w)
        if not it_["name"] or "测试" in it_["name"] or \
                any(b in json.dumps(it_, ensure_ascii=False) for b in FORBIDDEN):
            errs.append("%s: empty name or filler text" % w)
        if it_["department"] not in dcodes:
            errs.append("%s: department" % w)
        used_depts.add(it_["department"])
        if it_["itemType"] not in dic["itemType"]:
            errs.append("%s: itemType" % w)
        lv = it_["levels"]
        if not lv or len(set(lv)) != len(lv) or any(x not in dic["level"] for x in lv):
            errs.append("%s: levels" % w)
        lg, pr = it_["legalLimitDays"], it_["promisedLimitDays"]
        if not (isinstance(lg, int) and isinstance(pr, int) and 0 <= pr <= lg):
            errs.append("%s: limits %r/%r" % (w, lg, pr))
        if (it_["reviewType"] == "instant") != (pr == 0) or it_["reviewType"] not in ("instant", "promised"):
            errs.append("%s: reviewType vs promisedLimitDays" % w)
        for f in it_["fees"]:
            if not (f["name"] and AMOUNT_RE.match(f["amount"]) and f["basis"]):
                errs.append("%s: fee %r" % (w, f))
        if not it_["legalBasis"] or any(not s.startswith("《") for s in it_["legalBasis"]):
            errs.append("%s: legalBasis" % w)
        if not it_["steps"] or any(not (s["name"] and s["description"]) for s in it_["steps"]):
            errs.append("%s: steps" % w)
        fl = it_["flags"]
        if set(fl) != {"cityWide", "courier", "appointment", "online"} or \
                any(not isinstance(v, bool) for v in fl.values()):
            errs.append("%s: flags" % w)
        mats = it_["materials"]
        if not 2 <= len(mats) <= 8:
            errs.append("%s: %d materials (want 2-8)" % (w, len(mats)))
        ids = [m["id"] for m in mats]
        if len(set(ids)) != len(ids):
            errs.append("%s: material ids not unique %r" % (w, ids))
        names = [m["name"] for m in mats]
        if len(set(names)) != len(names):
            errs.append("%s: material names repeated %r" % (w, names))
        for j, m in enumerate(mats):
            mw = "%s: materials[%d]" % (w, j)
            if not m["forms"] or any(x not in dic["materialForm"] for x in m["forms"]):
                errs.append(mw + ".forms")
            if m["type"] not in dic["materialType"]:
                errs.append(mw + ".type")
            if m["necessity"] not in dic["necessity"]:
                errs.append(mw + ".necessity")
            if not (isinstance(m["copies"], int) and m["copies"] >= 0):
                errs.append(mw + ".copies")
            if m["necessity"] == "conditional" and not m.get("condition"):
                errs.append(mw + ".condition missing on a conditional material")
            if "condition" in m and m["necessity"] != "conditional":
                errs.append(mw + ".condition on a non-conditional material")
        if not any(m["necessity"] == "required" for m in mats):
            errs.append("%s: no required material" % w)
        check_fields(errs, w + ": form.fields", it_["form"]["fields"])
        if not it_["form"]["fields"]:
            errs.append("%s: empty form" % w)
    if set(dcodes) != used_depts:
        errs.append("departments without items: %r" % (set(dcodes) - used_depts))

    n = len(items)
    lower = [x for x in items if set(x["levels"]) & {"street", "community"}]
    city_lower = [x for x in lower if x["flags"]["cityWide"]]
    instant = [x for x in items if x["reviewType"] == "instant"]
    if n < 400:
        errs.append("only %d items (want at least 400)" % n)
    if len(pkg["departments"]) < 15:
        errs.append("only %d departments" % len(pkg["departments"]))
    if len(city_lower) < 40:
        errs.append("only %d cityWide items at street/community level (want 40+)" % len(city_lower))
    groups = sum(1 for x in items if any(f["type"] == "group" for f in x["form"]["fields"]))
    visible = sum(1 for x in items if "visibleWhen" in json.dumps(x["form"]))
    if groups < 20 or visible < 50:
        errs.append("too few group (%d) or visibleWhen (%d) forms" % (groups, visible))
    size = len(text.encode("utf-8"))
    if size > 3 * 1024 * 1024:
        errs.append("catalog.json is %d bytes (limit ~3 MB)" % size)
    unused = sorted(k for k in M if not any(
        re.search(r"(^|\s)%s([?~!]|\*|\s|$)" % re.escape(k), s["mats"]) for s in ITEMS))
    if unused:
        errs.append("unused material definitions: %s" % ", ".join(unused))

    stats = {
        "items": n,
        "departments": len(pkg["departments"]),
        "levels": {lv: sum(1 for x in items if lv in x["levels"]) for lv in ("district", "street", "community")},
        "levelSets": {},
        "itemTypes": {t: sum(1 for x in items if x["itemType"] == t) for t in sorted(dic["itemType"])},
        "cityWide": sum(1 for x in items if x["flags"]["cityWide"]),
        "cityWideStreetOrCommunity": len(city_lower),
        "courier": sum(1 for x in items if x["flags"]["courier"]),
        "appointment": sum(1 for x in items if x["flags"]["appointment"]),
        "online": sum(1 for x in items if x["flags"]["online"]),
        "instant": len(instant),
        "withFees": sum(1 for x in items if x["fees"]),
        "groupForms": groups,
        "visibleWhenForms": visible,
        "bytes": size,
    }
    for x in items:
        key = "+".join(x["levels"])
        stats["levelSets"][key] = stats["levelSets"].get(key, 0) + 1
    per_dept = {}
    for x in items:
        per_dept[x["department"]] = per_dept.get(x["department"], 0) + 1
    stats["perDepartment"] = {d["shortName"]: per_dept.get(d["code"], 0) for d in pkg["departments"]}
    return errs, stats


def dump(pkg):
    """Readable but compact: header and tables indented, one line per item."""
    head = {k: v for k, v in pkg.items() if k != "items"}
    text = json.dumps(head, ensure_ascii=False, indent=2)
    assert text.endswith("\n}")
    lines = ["    " + json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in pkg["items"]]
    return text[:-2] + ',\n  "items": [\n' + ",\n".join(lines) + "\n  ]\n}\n"


def main():
    pkg = build()
    text = dump(pkg)
    if json.loads(text) != pkg:
        print("SELF-CHECK FAILED: serialisation does not round-trip", file=sys.stderr)
        return 1
    errs, stats = self_check(pkg, text)
    if errs:
        print("SELF-CHECK FAILED (%d problems); catalog.json not written:" % len(errs), file=sys.stderr)
        for e in errs:
            print("  - " + e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
