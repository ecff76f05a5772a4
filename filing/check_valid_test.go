package filing

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/internal/checkdigit"
	"github.com/beian-go/beian/workday"
)

// uscc builds a valid unified social credit code from its registration
// authority and category ("91"), a six-digit region and an eight-character
// organisation code body, with both check characters.
func uscc(kind, region, org string) string {
	body := kind + region + org + string(checkdigit.MOD11(org))
	return body + string(checkdigit.MOD31(body))
}

// someone is a principal of a valid filing.
type someone struct {
	name, id, mobile, email, urgent, start, end string
	cert                                        document.CertificateType
}

func (p someone) info(photo string) PrincipalInfo {
	cert := p.cert
	if cert == 0 {
		cert = document.CertResidentID
	}
	return PrincipalInfo{
		Name: p.name, Mobile: p.mobile, Email: p.email, EmergencyContact: p.urgent,
		CertificateType: cert, CertificateNumber: p.id,
		CertificateValidityDateStart: p.start, CertificateValidityDateEnd: p.end,
		CertificatePhotoFront: photo + "-front", CertificatePhotoBack: photo + "-back",
	}
}

// validFiling is a filing that WeChat would accept, described by what
// varies between filings.
type validFiling struct {
	name        string // the test's name
	applet      string // the mini program's name, the account nickname
	subject     document.SubjectType
	subjectName string
	cert        document.CertificateType
	number      string    // the subject certificate's number
	region      [3]string // province, city and district codes
	address     string
	certAddress string
	remark      string
	legal       *someone // the subject principal (the legal representative unless legalRep is set)
	legalRep    *someone // the legal representative, when not the subject principal
	applet2     *someone // the mini program principal, when not the subject principal
	comment     string
	services    []ServiceContentType
	nrlx        []NrlxDetail
	materials   Materials
	permit      bool         // a residence permit is uploaded
	on          workday.Date // the day of submission; checkOn if zero
	national    bool
	residence   Residence
}

func (v validFiling) request() Request {
	r := Request{}
	s := &r.ICPSubject
	s.BaseInfo = SubjectBaseInfo{Type: v.subject, Name: v.subjectName, Province: v.region[0], City: v.region[1],
		District: v.region[2], Address: v.address, Comment: v.remark}
	s.OrganizeInfo = OrganizeInfo{CertificateType: v.cert, CertificateNumber: v.number, CertificateAddress: v.certAddress}
	if v.subject != document.SubjectIndividual {
		s.OrganizeInfo.CertificatePhoto = "media-licence"
	}
	s.PrincipalInfo = v.legal.info("media-subject")
	if v.legalRep != nil {
		s.LegalPersonInfo = &LegalPersonInfo{Name: v.legalRep.name, CertificateNumber: v.legalRep.id}
		s.PrincipalInfo.AuthorizationLetter = "media-subject-authorisation"
	}
	if v.permit {
		s.PersonalInfo = &PersonalInfo{ResidencePermit: "media-permit"}
	}
	ap := v.legal
	if v.applet2 != nil {
		ap = v.applet2
	}
	r.ICPApplets.PrincipalInfo = ap.info("media-applet")
	if v.applet2 != nil && v.subject != document.SubjectIndividual {
		r.ICPApplets.PrincipalInfo.AuthorizationLetter = "media-applet-authorisation"
	}
	if v.legalRep != nil && v.applet2 == nil {
		r.ICPApplets.PrincipalInfo.AuthorizationLetter = "media-applet-authorisation"
	}
	r.ICPApplets.PrincipalInfo.VerifyTaskID = "verify-task"
	services := v.services
	if services == nil {
		services = []ServiceContentType{3, 4}
	}
	nrlx := v.nrlx
	if nrlx == nil {
		nrlx = []NrlxDetail{{Type: 24}}
	}
	r.ICPApplets.BaseInfo = AppletBaseInfo{ServiceContentTypes: services, NrlxDetails: nrlx, Comment: v.comment}
	r.ICPMaterials = v.materials
	return r
}

// People of the valid filings. Their numbers are built, not real.
var (
	zhang = someone{"张伟", residentID("440305", "19850612", "123"), "13012344321", "zhang.wei@example.com", "17743211234", "20180615", "20380615", 0}
	li    = someone{"李娜", residentID("440306", "19920308", "456"), "13912345678", "lina+beian@example.com", "18698765432", "20200101", document.LongTerm, 0}
	wang  = someone{"王芳", residentID("310106", "19780915", "224"), "15021234567", "wangfang@example.cn", "13651234567", "20150301", "20350301", 0}
	liu   = someone{"刘洋", residentID("110108", "19900101", "315"), "18611112222", "liu.yang@example.com", "13911113333", "20210501", "20410501", 0}
	chen  = someone{"陈静", residentID("330108", "19880808", "402"), "17712345678", "chenjing@example.com", "19912345678", "20190101", "20390101", 0}
	zhao  = someone{"赵磊", residentID("430104", "19950505", "551"), "19912340000", "zhaolei@example.com", "13812340000", "20160101", "20360101", 0}
	sun   = someone{"孙悦", residentID("120101", "19700101", "111"), "13302220000", "sunyue@example.com", "13502220000", "20100101", document.LongTerm, 0}
	zhou  = someone{"周敏", residentID("650102", "19821111", "137"), "13999110000", "zhoumin@example.com", "15999110000", "20170707", "20370707", 0}
	wu    = someone{"吴强", residentID("130123", "19760303", "019"), "15831110000", "wuqiang@example.com", "13731110000", "20120303", "20320303", 0}
	// Principals without a mainland resident ID.
	chanDW = someone{"陈大文", "H60123456", "13800003333", "chan@example.com", "13800004444", "20200101", "20300101", document.CertHKMacaoTravelPermit}
	lin    = someone{"林美玲", "01234567", "13800005555", "lin@example.com", "13800006666", "20210101", "20310101", document.CertTaiwanTravelPermit}
	smith  = someone{"John Smith", "E12345678", "13800001111", "john@example.com", "13800002222", "20220101", "20320101", document.CertPassport}
	// An older person with a long-term ID card.
	elder = someone{"郑秀兰", residentID("440104", "19550101", "028"), "13602220000", "zhengxl@example.com", "13802220000", "20050101", document.LongTerm, 0}
	// A principal who turns 18 on the day of submission.
	teen = someone{"钱多多", residentID("440305", "20081127", "064"), "15012340000", "qianduoduo@example.com", "13612340000", "20241127", "20341127", 0}
)

// brandComment is a typical enterprise description.
const brandComment = "本小程序为用户提供会员服务、门店查询、在线点单和优惠活动信息，不涉及新闻、出版、医疗等前置审批内容。"

// validFilings are filings WeChat accepts (or would accept) as they are:
// well-known mini programs whose names are only Latin letters or digits
// or start with 中国, national bodies, individuals in villages and
// individuals whose household moved, long-term ID cards, a principal who
// turns 18 on the day of submission, and the odd regions (a city without
// districts, county-level cities a province governs, a municipality's
// counties). Names of companies and people are fictional or public.
func validFilings() []validFiling {
	sh := [3]string{"310000", "310100", "310106"}
	bj := [3]string{"110000", "110100", "110108"}
	sz := [3]string{"440000", "440300", "440304"}
	hz := [3]string{"330000", "330100", "330108"}
	return []validFiling{
		{name: "KFC: a Latin-only name", applet: "KFC", subject: document.SubjectEnterprise, subjectName: "百胜咨询（上海）有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "310106", "60721560"), region: sh,
			address: "南京西路1000号12楼", certAddress: "上海市静安区南京西路1000号12楼", legal: &wang, applet2: &zhang,
			comment: brandComment},
		{name: "Keep: a Latin-only name", applet: "Keep", subject: document.SubjectEnterprise, subjectName: "北京卡路里信息技术有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "110108", "MA01HJ8K"), region: bj,
			address: "西北旺东路10号院东区21号楼", certAddress: "北京市海淀区西北旺东路10号院东区21号楼", legal: &liu,
			comment: "为用户提供运动课程计划、跑步记录和健身打卡功能，帮助用户养成运动习惯。"},
		{name: "lululemon: a lower-case Latin name", applet: "lululemon", subject: document.SubjectEnterprise, subjectName: "露露乐蒙体育用品（上海）有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "310106", "MA1FL5H2"), region: sh,
			address: "南京西路1266号恒隆广场2座18楼", certAddress: "上海市静安区南京西路1266号恒隆广场2座18楼", legal: &wang,
			comment: "为会员提供运动服饰的浏览、门店查询、活动报名和会员积分服务。"},
		{name: "WPS Office: Latin letters and a space", applet: "WPS Office", subject: document.SubjectEnterprise, subjectName: "珠海金山办公软件有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440400", "68441652"), region: [3]string{"440000", "440400", "440402"},
			address: "唐家湾镇大学路325号", certAddress: "广东省珠海市香洲区唐家湾镇大学路325号", legal: &zhang, applet2: &li,
			comment: "为用户提供文档的查看、编辑、格式转换和云端同步功能，支持多人协作。"},
		{name: "12306: a name of digits", applet: "12306", subject: document.SubjectEnterprise, subjectName: "中国铁路信息科技集团有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "110108", "71092318"), region: bj,
			address: "北蜂窝路5号", certAddress: "北京市海淀区北蜂窝路5号", legal: &liu, applet2: &sun,
			comment: "为旅客提供火车票查询、购票、退改签和候补购票服务，以及列车时刻和正晚点查询。"},
		{name: "1688: a name of digits", applet: "1688", subject: document.SubjectEnterprise, subjectName: "杭州阿里巴巴广告有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "330108", "67985041"), region: hz,
			address: "网商路699号", certAddress: "浙江省杭州市滨江区网商路699号", legal: &chen,
			comment: "为企业采购方提供商品货源查询、供应商联系和订单查看服务，不涉及金融业务。"},
		{name: "国家电网 filed by a company", applet: "国家电网", subject: document.SubjectEnterprise, subjectName: "国网电子商务有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "110108", "56749362"), region: bj,
			address: "西城区北展北街9号华远企业号D座", certAddress: "北京市西城区北展北街9号华远企业号D座", legal: &liu, applet2: &sun,
			comment: "为电力用户提供电费查询、缴费、用电申请和故障报修服务，方便办理用电业务。"},
		{name: "中国天气", applet: "中国天气", subject: document.SubjectEnterprise, subjectName: "华风气象传媒集团有限责任公司",
			cert: document.CertBusinessLicence, number: uscc("91", "110108", "10192051"), region: bj,
			address: "中关村南大街46号", certAddress: "北京市海淀区中关村南大街46号", legal: &liu,
			comment: "为公众提供天气预报、气象预警、空气质量和生活气象指数查询服务。"},
		{name: "中华万年历", applet: "中华万年历", subject: document.SubjectEnterprise, subjectName: "深圳市中华网络科技有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440300", "71526728"), region: sz,
			address: "深南大道6008号特区报业大厦18楼", certAddress: "广东省深圳市福田区深南大道6008号特区报业大厦18楼", legal: &zhang,
			comment: "为用户提供公历农历查询、节假日安排、黄历和日程提醒功能。"},
		{name: "中国大学MOOC with its education approval", applet: "中国大学MOOC", subject: document.SubjectEnterprise, subjectName: "网易有道信息技术（杭州）有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "330108", "MA27WQ1X"), region: hz,
			address: "网商路599号网易大厦", certAddress: "浙江省杭州市滨江区网商路599号网易大厦", legal: &chen,
			comment: "为高校学生提供大学课程的在线学习、测验和证书查询服务。",
			nrlx:    []NrlxDetail{{Type: 3, Code: "浙教-2023-018号", Media: "media-approval"}}},
		{name: "national body: 国家统计局", applet: "国家统计局", subject: document.SubjectGovernment, subjectName: "国家统计局",
			cert: document.CertUSCCGovernment, number: uscc("11", "100000", "00001313"), region: [3]string{"110000", "110100", "110102"},
			address: "月坛南街57号", certAddress: "北京市西城区月坛南街57号", legal: &liu, applet2: &sun, national: true,
			comment: "发布国家统计数据和统计公报，提供统计数据查询和统计知识介绍服务。"},
		{name: "public institution: a university", applet: "浙大校友", subject: document.SubjectPublicInstitution, subjectName: "浙江大学",
			cert: document.CertUSCCPublicInstitution, number: "12100000470095016Q", region: [3]string{"330000", "330100", "330106"},
			address: "余杭塘路866号", certAddress: "浙江省杭州市西湖区余杭塘路866号", legal: &chen, applet2: &li,
			comment:   "为校友提供校友会活动报名、校友卡办理和母校新闻公告浏览服务。",
			materials: Materials{AppletsOtherMaterials: []string{"media-letter"}}},
		{name: "foundation", applet: "公益助学", subject: document.SubjectFoundation, subjectName: "示例公益基金会",
			cert: document.CertFoundation, number: "53100000500019795A", region: bj,
			address: "学院路30号", certAddress: "北京市海淀区学院路30号", legal: &liu,
			comment: "为捐赠人提供助学项目介绍、捐赠记录查询和项目进展公示服务。"},
		{name: "social organisation in Shanghai", applet: "行业协会服务", subject: document.SubjectSocialOrganisation, subjectName: "上海市示例行业协会",
			cert: document.CertSocialOrganisation, number: "51310110501144395U", region: [3]string{"310000", "310100", "310110"},
			address: "国定路335号2号楼", certAddress: "上海市杨浦区国定路335号2号楼", legal: &wang,
			comment: "为会员单位提供协会通知、活动报名、会员名录查询和会费缴纳记录查询服务。"},
		{name: "individual business (个体工商户)", applet: "老街面馆", subject: document.SubjectEnterprise, subjectName: "深圳市福田区老街面馆",
			cert: document.CertBusinessLicence, number: uscc("92", "440304", "MA5FX2D3"), region: sz,
			address: "华强北路1002号", certAddress: "广东省深圳市福田区华强北路1002号", legal: &zhang,
			comment: "为顾客提供菜单浏览、在线点餐、排队取号和到店自提服务。"},
		{name: "rural individual in a village", applet: "乡村小记", subject: document.SubjectIndividual, subjectName: zhao.name,
			cert: document.CertResidentID, number: zhao.id, region: [3]string{"430000", "430100", "430121"},
			address: "黄兴镇仙人市村三组", certAddress: "湖南省长沙县黄兴镇仙人市村三组", legal: &zhao,
			comment: "记录和分享自己家乡的农事和风景照片，仅供亲友浏览，不提供交易和评论功能。"},
		{name: "rural individual in a Hebei county", applet: "正定游记", subject: document.SubjectIndividual, subjectName: wu.name,
			cert: document.CertResidentID, number: wu.id, region: [3]string{"130000", "130100", "130123"},
			address: "正定镇燕赵南大街8号", certAddress: "河北省石家庄市正定县正定镇燕赵南大街8号", legal: &wu,
			comment: "分享个人在正定古城游览的照片和路线笔记，方便亲友参考，不含商业内容。"},
		{name: "moved household: a Hunan number, a Guangdong card", applet: "读书笔记", subject: document.SubjectIndividual, subjectName: "赵磊",
			cert: document.CertResidentID, number: zhao.id, region: sz,
			address: "福华路88号3栋2单元501室", certAddress: "广东省深圳市福田区福华路88号3栋2单元501室", legal: &zhao,
			comment: "个人学习笔记小程序，用于记录和分享自己的读书心得，不提供交易和评论功能。"},
		{name: "moved household, the caller says local", applet: "跑步日记", subject: document.SubjectIndividual, subjectName: zhou.name,
			cert: document.CertResidentID, number: zhou.id, region: sz,
			address: "福华路88号3栋2单元501室", certAddress: "新疆乌鲁木齐市天山区某路1号", legal: &zhou, residence: ResidenceLocal,
			comment: "记录个人每天的跑步距离和配速，生成月度统计图表，仅供本人使用。"},
		{name: "individual from another province with a residence permit", applet: "摄影作品集", subject: document.SubjectIndividual, subjectName: zhang.name,
			cert: document.CertResidentID, number: zhang.id, region: sh,
			address: "武定路300弄5号302室", certAddress: "广东省深圳市南山区某某路1号", legal: &zhang, permit: true,
			comment: "展示个人的摄影作品和拍摄心得，供朋友欣赏交流，不提供商品交易。"},
		{name: "long-term ID card of an older principal", applet: "老年大学课表", subject: document.SubjectEnterprise, subjectName: "广州市示例文化传播有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440104", "MA59C8T7"), region: [3]string{"440000", "440100", "440104"},
			address: "北京路100号5楼", certAddress: "广东省广州市越秀区北京路100号5楼", legal: &elder,
			comment: "为会员提供活动课程表查询、报名登记和活动通知服务，不涉及校外培训。"},
		{name: "a principal who turns 18 today", applet: "校园跑腿", subject: document.SubjectIndividual, subjectName: teen.name,
			cert: document.CertResidentID, number: teen.id, region: sz,
			address: "莲花路2000号3栋", certAddress: "广东省深圳市福田区莲花路2000号3栋", legal: &teen,
			comment: "记录自己每天的学习计划和完成情况，仅供本人使用，不提供交易功能。"},
		{name: "legal representative is not the principal, Beijing", applet: "好物清单", subject: document.SubjectEnterprise, subjectName: "北京好物科技有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "110108", "MA0B2C3D"), region: bj,
			address: "中关村大街27号", certAddress: "北京市海淀区中关村大街27号", legal: &liu, legalRep: &sun,
			comment: "为用户提供商品清单的整理、分类和收藏功能，帮助用户记录想买的物品。"},
		{name: "one person for both principals", applet: "门店预约", subject: document.SubjectEnterprise, subjectName: "深圳市示例餐饮管理有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440304", "MA5G35XK"), region: sz,
			address: "福中三路1号", certAddress: "广东省深圳市福田区福中三路1号", legal: &zhang,
			comment: brandComment},
		{name: "a city without districts: Dongguan", applet: "东莞家居", subject: document.SubjectEnterprise, subjectName: "东莞市示例家居有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "441900", "MA4W7H2Q"), region: [3]string{"440000", "441900", "441900"},
			address: "南城街道鸿福路200号", certAddress: "广东省东莞市南城街道鸿福路200号", legal: &zhang,
			comment: "为客户提供家具产品展示、门店地址查询和售后服务预约功能。"},
		{name: "a county-level city the province governs: Xiantao", applet: "仙桃农产", subject: document.SubjectEnterprise, subjectName: "仙桃市示例农业发展有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "429004", "MA49K3L5"), region: [3]string{"420000", "429000", "429004"},
			address: "沔阳大道66号", certAddress: "湖北省仙桃市沔阳大道66号", legal: &zhao,
			comment: "为客户提供本地农产品的展示、批量订购咨询和物流查询服务。"},
		{name: "a municipality's county: Chengkou, Chongqing", applet: "城口山货", subject: document.SubjectEnterprise, subjectName: "重庆市城口县示例商贸有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "500229", "MA61J8N2"), region: [3]string{"500000", "500200", "500229"},
			address: "葛城街道北大街88号", certAddress: "重庆市城口县葛城街道北大街88号", legal: &zhao,
			comment: "为顾客提供本地山货特产的展示、门店查询和订购咨询服务。"},
		{name: "Tianjin, the legal representative as principal", applet: "津门早点", subject: document.SubjectEnterprise, subjectName: "天津市示例餐饮有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "120101", "MA06D4E5"), region: [3]string{"120000", "120100", "120101"},
			address: "南京路189号", certAddress: "天津市和平区南京路189号", legal: &sun,
			comment: "为顾客提供早点菜单浏览、在线点餐和门店营业时间查询服务。"},
		{name: "Xinjiang with the party-building letter", applet: "天山特产", subject: document.SubjectEnterprise, subjectName: "乌鲁木齐示例商贸有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "650102", "MA78P9Q1"), region: [3]string{"650000", "650100", "650102"},
			address: "解放北路100号", certAddress: "新疆维吾尔自治区乌鲁木齐市天山区解放北路100号", legal: &zhou,
			comment:   "为顾客提供新疆干果特产的展示、门店查询和订购咨询服务。",
			materials: Materials{PartyBuildingConfirmationLetter: []string{"media-party"}}},
		{name: "two pre-approvals: healthcare and drugs", applet: "社区健康", subject: document.SubjectEnterprise, subjectName: "深圳市示例医药连锁有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440304", "MA5H7J8K"), region: sz,
			address: "深南中路3018号", certAddress: "广东省深圳市福田区深南中路3018号", legal: &zhang, applet2: &li,
			comment: "为社区居民提供药店门店查询、健康资讯和预约到店服务。",
			nrlx:    []NrlxDetail{{Type: 4, Code: "粤卫-2024-101", Media: "media-a"}, {Type: 5, Code: "(粤)-经营性-2024-0101", Media: "media-b"}}},
		{name: "a foreign principal with a passport", applet: "Coffee Corner", subject: document.SubjectEnterprise, subjectName: "深圳市示例咖啡有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440304", "MA5K2L3M"), region: sz,
			address: "益田路6001号", certAddress: "广东省深圳市福田区益田路6001号", legal: &zhang,
			applet2: &someone{"John Smith", "E12345678", "13800001111", "john@example.com", "13800002222", "20220101", "20320101", document.CertPassport},
			comment: "为顾客提供咖啡菜单浏览、在线点单和会员积分查询服务。"},
		{name: "a Hong Kong principal with a travel permit", applet: "港式茶餐厅", subject: document.SubjectEnterprise, subjectName: "深圳市示例茶餐厅有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440304", "MA5N4P5Q"), region: sz,
			address: "福华三路88号", certAddress: "广东省深圳市福田区福华三路88号", legal: &zhang,
			applet2: &someone{"陈大文", "H12345678", "13800003333", "chan@example.com", "13800004444", "20200101", "20300101", document.CertHKMacaoTravelPermit},
			comment: "为顾客提供菜单浏览、排队取号和外卖自提服务。"},
		{name: "a Taiwan resident with a residence permit", applet: "台式手作", subject: document.SubjectEnterprise, subjectName: "厦门示例手作有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "350203", "MA31Q2R3"), region: [3]string{"350000", "350200", "350203"},
			address: "中山路200号", certAddress: "福建省厦门市思明区中山路200号", legal: &chen,
			applet2: &someone{"林美玲", "830000200002290031", "13800005555", "lin@example.com", "13800006666", "20210101", "20260101", document.CertTaiwanResidencePermit},
			comment: "为顾客提供手作课程预约和手作商品展示服务，不涉及校外培训业务。",
			on:      workday.MustDate(2025, time.June, 1)},
		{name: "a name with a middle dot", applet: "小米·有品", subject: document.SubjectEnterprise, subjectName: "北京示例有品科技有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "110108", "MA01R5T6"), region: bj,
			address: "清河中街68号", certAddress: "北京市海淀区清河中街68号", legal: &liu,
			comment: "为用户提供生活用品的浏览、下单和售后服务，不涉及金融和直播。"},
		{name: "Latin letters and Chinese", applet: "QQ音乐", subject: document.SubjectEnterprise, subjectName: "深圳市示例音乐科技有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440304", "MA5T6U7W"), region: sz,
			address: "科技中一路腾讯大厦", certAddress: "广东省深圳市福田区科技中一路腾讯大厦", legal: &zhang,
			comment: "为用户提供歌单管理、歌词查看和播放记录同步服务。",
			nrlx:    []NrlxDetail{{Type: 9, Code: "粤网文〔2023〕1234-001号", Media: "media-culture"}}},
		{name: "a street named after another city", applet: "越秀茶楼", subject: document.SubjectEnterprise, subjectName: "广州市示例茶楼有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440104", "MA9X8Y7W"), region: [3]string{"440000", "440100", "440104"},
			address: "北京路200号2楼", certAddress: "广东省广州市越秀区北京路200号2楼", legal: &elder,
			comment: "为茶客提供点心菜单浏览、包间预订和排队取号服务。"},
		{name: "a place named after its city", applet: "湾区咖啡", subject: document.SubjectEnterprise, subjectName: "深圳市示例湾区咖啡有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440305", "MA5W9X0Y"), region: [3]string{"440000", "440300", "440305"},
			address: "深圳湾科技生态园10栋A座", certAddress: "广东省深圳市南山区深圳湾科技生态园10栋A座", legal: &zhang,
			comment: "为顾客提供咖啡菜单浏览、在线点单和会员积分服务。"},
		{name: "Chongqing individual with the contact in the remark", applet: "山城漫步", subject: document.SubjectIndividual, subjectName: zhao.name,
			cert: document.CertResidentID, number: zhao.id, region: [3]string{"500000", "500100", "500101"},
			address: "太白路88号2单元301室", certAddress: "重庆市万州区太白路88号2单元301室", legal: &zhao,
			remark:  "应急联系人王五，系本人配偶",
			comment: "分享个人在重庆城区散步的路线和照片，方便亲友参考，不含商业内容。"},
		{name: "validity with three months and a day left", applet: "家政预约", subject: document.SubjectEnterprise, subjectName: "深圳市示例家政服务有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440304", "MA5Y1A2B"), region: sz,
			address: "福华一路1号", certAddress: "广东省深圳市福田区福华一路1号", legal: &zhang,
			applet2: &someone{"何琳", residentID("440304", "19930303", "246"), "13600007777", "helin@example.com", "13600008888", "20170228", "20270228", 0},
			comment: "为客户提供家政服务项目浏览、上门时间预约和服务评价功能。"},
		{name: "a 200-character description", applet: "图书馆助手", subject: document.SubjectEnterprise, subjectName: "杭州示例图书有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "330108", "MA28C3D4"), region: hz,
			address: "江南大道3850号", certAddress: "浙江省杭州市滨江区江南大道3850号", legal: &chen,
			comment: strings.Repeat("为读者提供图书检索、借阅记录查询和到期提醒服务。", 8) + "请读者按时还书。"},
		{name: "a company that says 本公司", applet: "家具展厅", subject: document.SubjectEnterprise, subjectName: "佛山市示例家具有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440604", "MA4E5F6G"), region: [3]string{"440000", "440600", "440604"},
			address: "季华五路10号", certAddress: "广东省佛山市禅城区季华五路10号", legal: &zhang,
			comment: "展示本公司家具产品和门店地址，提供到店预约和售后报修服务，欢迎经销商咨询合作。"},
		{name: "Xi'an, Yanta district", applet: "大雁塔导览", subject: document.SubjectEnterprise, subjectName: "西安示例文旅有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "610113", "MA6H7J8K"), region: [3]string{"610000", "610100", "610113"},
			address: "雁塔路1号", certAddress: "陕西省西安市雁塔区雁塔路1号", legal: &zhao,
			comment: "为游客提供景点语音导览、开放时间查询和门票预约服务。"},
		{name: "Qingdao, with a 199 number and a plus address", applet: "海边民宿", subject: document.SubjectEnterprise, subjectName: "青岛示例民宿管理有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "370202", "MA3L4M5N"), region: [3]string{"370000", "370200", "370202"},
			address: "香港中路8号", certAddress: "山东省青岛市市南区香港中路8号", legal: &zhao, applet2: &li,
			comment: "为住客提供房型浏览、入住预订和周边游玩路线推荐服务。"},
		{name: "a Hong Kong resident filing as an individual", applet: "港人日记", subject: document.SubjectIndividual, subjectName: chanDW.name,
			cert: chanDW.cert, number: chanDW.id, region: sz,
			address: "福华路88号3栋2单元501室", certAddress: "香港九龙弥敦道100号", legal: &chanDW,
			comment: "记录个人在深圳生活的日常笔记和照片，仅供亲友浏览，不含商业内容。"},
		{name: "a Taiwan resident filing as an individual", applet: "台胞随笔", subject: document.SubjectIndividual, subjectName: lin.name,
			cert: lin.cert, number: lin.id, region: sz,
			address: "福华路88号3栋2单元502室", certAddress: "台湾省台北市信义路五段7号", legal: &lin,
			comment: "记录个人在深圳生活的日常笔记和照片，仅供亲友浏览，不含商业内容。"},
		{name: "a foreigner filing as an individual", applet: "Lens Notes", subject: document.SubjectIndividual, subjectName: smith.name,
			cert: smith.cert, number: smith.id, region: sz,
			address: "福华路88号3栋2单元503室", certAddress: "10 Downing Street, London", legal: &smith,
			comment: "Personal notes and photos of life in Shenzhen, for friends and family only."},
		{name: "an Inner Mongolia address without 自治区", applet: "草原日记", subject: document.SubjectIndividual, subjectName: zhao.name,
			cert: document.CertResidentID, number: zhao.id, region: [3]string{"150000", "150100", "150102"},
			address: "新华大街1号2单元301室", certAddress: "内蒙古呼和浩特市新城区新华大街1号", legal: &zhao,
			comment: "分享个人在草原旅行的照片和路线笔记，方便亲友参考，不含商业内容。"},
		{name: "a licence in a free-trade zone", applet: "自贸商城", subject: document.SubjectEnterprise, subjectName: "上海示例贸易有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "310115", "MA1K2L3M"), region: [3]string{"310000", "310100", "310115"},
			address: "张杨路500号10楼", certAddress: "中国（上海）自由贸易试验区张杨路500号10楼", legal: &wang,
			comment: "为会员提供进口商品的浏览、下单和物流查询服务，不涉及金融业务。"},
		{name: "a licence address that starts with the city", applet: "南山书店", subject: document.SubjectEnterprise, subjectName: "深圳市示例书店有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "440305", "MA5H1J2K"), region: [3]string{"440000", "440300", "440305"},
			address: "南山大道1001号", certAddress: "深圳市南山区南山大道1001号", legal: &zhang,
			comment: "为读者提供图书浏览、门店查询和到店自提预约服务。"},
		{name: "a city named as its province: Jilin", applet: "江城小馆", subject: document.SubjectEnterprise, subjectName: "吉林市示例餐饮有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "220202", "MA0X1Y2W"), region: [3]string{"220000", "220200", "220202"},
			address: "吉林大街88号", certAddress: "吉林省吉林市昌邑区吉林大街88号", legal: &zhao,
			comment: "为顾客提供菜单浏览、在线点餐和门店营业时间查询服务。"},
		{name: "a street named after a municipality, in another one", applet: "沪上小馆", subject: document.SubjectEnterprise, subjectName: "上海示例餐饮有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "310101", "MA1A2B3C"), region: [3]string{"310000", "310100", "310101"},
			address: "北京东路100号", certAddress: "上海市黄浦区北京东路100号", legal: &wang,
			comment: "为顾客提供菜单浏览、在线点餐和门店营业时间查询服务。"},
		{name: "Dalian", applet: "海鲜市集", subject: document.SubjectEnterprise, subjectName: "大连示例水产有限公司",
			cert: document.CertBusinessLicence, number: uscc("91", "210204", "MA0P1Q2R"), region: [3]string{"210000", "210200", "210204"},
			address: "西安路100号", certAddress: "辽宁省大连市沙河口区西安路100号", legal: &chen,
			comment: "为顾客提供海鲜产品展示、门店查询和到店自提预约服务。"},
	}
}

// The valid filings give no error: each may carry warnings, never a
// problem that blocks the submission, with the embedded catalogue and with
// WeChat's answer for "none of the above".
func TestValidFilings(t *testing.T) {
	filings := validFilings()
	assert.GreaterOrEqual(t, len(filings), 40)
	for _, v := range filings {
		t.Run(v.name, func(t *testing.T) {
			r := v.request()
			on := v.on
			if on.IsZero() {
				on = checkOn
			}
			for _, cat := range []*Catalogue{nil, testCatalogue} {
				ps := r.Check(CheckOptions{On: on, Catalogue: cat, AppletName: v.applet, NationalBody: v.national, Residence: v.residence})
				assert.Empty(t, ps.Errors(), "warnings: %v", ps.Warnings())
			}
		})
	}
}
