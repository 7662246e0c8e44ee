"""A synthetic bilingual service-desk knowledge base, the same for the same seed.

Half the articles are Chinese (about 400-1,500 characters), half English (about 250-900
words), on 16 service-desk topics (returns, refunds, late delivery, damaged goods, warranty,
invoices, membership, payments, privacy, ...). Sentences are put together from phrase pools
of real service-desk wording, so jieba cuts the Chinese ones as it cuts real articles, and
every article has a heading, sections, lists, numbered steps, now and then a table, a note or
a link to another article, tags, a product and model numbers. Article `GEN-00042` is the
same in a corpus of 5,000 and of 50,000: each article has its own random generator.

Also a query mix as agents type them: 1-4 words in Chinese, English or both, some with the
last word still being typed, a few English ones misspelt.

    .venv/bin/python benchmarks/kb_corpus.py OUT_FOLDER [--articles 5000] [--seed 20261124]
"""

import argparse
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

DEFAULT_SEED = 20261124


def _pool(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split("|") if item.strip())


@dataclass(frozen=True)
class Topic:
    key: str  # the folder and the English tag
    zh_name: str
    en_name: str
    weight: int
    zh_words: tuple[str, ...]  # keywords: tags, titles, sentences, queries
    en_words: tuple[str, ...]
    zh_problems: tuple[str, ...]  # what the customer reports
    en_problems: tuple[str, ...]
    zh_actions: tuple[str, ...]  # what the agent does
    en_actions: tuple[str, ...]
    zh_queries: tuple[str, ...]  # what an agent types
    en_queries: tuple[str, ...]


TOPICS = (
    Topic(
        "returns",
        "退货",
        "Returns",
        10,
        _pool(
            "退货|七天无理由|退货申请|上门取件|退货地址|退货运费|运费险|退货退款|寄回|验收|退货中心"
        ),
        _pool(
            "return|return label|return request|no-reason return|return window|pickup|"
            "returns centre|restocking fee|return shipping|drop-off point"
        ),
        _pool(
            "不想要了，想申请七天无理由退货|退货申请一直显示待审核|快递员没有按预约时间上门取件|"
            "寄回的商品被退货中心拒收|退货运费没有退回|找不到退货地址|超过七天还想退货|"
            "赠品丢失了还能不能退货"
        ),
        _pool(
            "changed their mind and wants to send the item back|cannot find the return label|"
            "missed the courier pickup slot|says the returns centre rejected the parcel|"
            "was charged for return shipping|asks whether opened items can be returned|"
            "wants to return an item after the return window"
        ),
        _pool(
            "在售后单里为客户重新预约上门取件|核对退货中心的验收记录|为客户补发退货地址短信|"
            "按运费险规则申请运费补偿|引导客户在App中提交退货申请|登记退货单号并跟进验收进度"
        ),
        _pool(
            "book a free courier pickup in the after-sales order|check the returns centre "
            "inspection notes|resend the return label by email|refund the return shipping "
            "under the shipping insurance rules|help the customer submit a return request in "
            "the app|log the return tracking number and follow the inspection"
        ),
        _pool(
            "退货|七天无理由退货|退货运费谁出|上门取件|退货地址|运费险|退货退款|退货被拒收|"
            "赠品 退货|退货 验收"
        ),
        _pool(
            "return|return label|return item|return shipping fee|free pickup|return window|"
            "return rejected|send back|no reason return|opened item return"
        ),
    ),
    Topic(
        "refunds",
        "退款",
        "Refunds",
        10,
        _pool("退款|原路退回|到账|部分退款|退款进度|仅退款|退款流水号|退款失败|退款金额"),
        _pool(
            "refund|partial refund|refund timeline|original payment method|refund reference|"
            "refund status|refund amount|chargeback"
        ),
        _pool(
            "退款迟迟没有到账|退款金额比实际支付的少|退款显示成功但银行卡没有收到|"
            "想把退款退到其他账户|退款失败需要重新发起|优惠券抵扣部分没有退回"
        ),
        _pool(
            "has not received the refund yet|says the refund is less than what they paid|"
            "sees the refund as completed but not on the bank statement|wants the refund "
            "sent to a different card|reports a failed refund|asks why the coupon was not "
            "refunded"
        ),
        _pool(
            "在退款详情中查看退款渠道和退款流水号|向支付机构发起退款查询|为客户重新发起退款|"
            "解释优惠券按比例分摊的规则|提供退款流水号方便客户向银行核对"
        ),
        _pool(
            "open the refund details and read the refund reference|raise a refund trace with "
            "the payment provider|restart the failed refund|explain how coupon discounts are "
            "split across items|give the customer the refund reference for their bank"
        ),
        _pool(
            "退款没到账|退款多久到账|退款进度|部分退款|退款失败|原路退回|退款 银行卡|退款流水号|"
            "退款金额不对|仅退款"
        ),
        _pool(
            "refund not received|where is my refund|refund status|partial refund|refund "
            "failed|refund credit card|refund reference|refund amount wrong|refund time"
        ),
    ),
    Topic(
        "delivery",
        "延迟送达",
        "Late delivery",
        9,
        _pool("延迟送达|催件|物流轨迹|承诺送达日|配送|快递员|驿站|改地址|派送|物流信息|延误"),
        _pool(
            "late delivery|tracking|courier|promised delivery date|parcel locker|delivery "
            "slot|reschedule|delivery address|out for delivery"
        ),
        _pool(
            "包裹超过承诺送达日还没有到|物流信息三天没有更新|想修改收货地址|快递员没有打电话就放在驿站|"
            "预约的配送时间段没有人送货|包裹显示派送中但一直没有送到"
        ),
        _pool(
            "says the parcel is past the promised delivery date|sees no tracking update for "
            "three days|wants to change the delivery address|found the parcel left at a "
            "locker without a call|waited all day for a delivery slot that never came"
        ),
        _pool(
            "在系统里点击催件|提交查件工单给物流组|为客户修改收货地址|联系快递站点确认派送时间|"
            "按延迟天数发放致歉代金券"
        ),
        _pool(
            "press Chase courier in the order|open a tracking investigation with the logistics "
            "team|change the delivery address before dispatch|call the courier depot to "
            "confirm the delivery time|offer an apology voucher based on the days late"
        ),
        _pool(
            "快递延误|催件|物流不更新|改地址|承诺送达日|延迟送达 补偿|驿站|派送中|配送时间|快递员"
        ),
        _pool(
            "late delivery|parcel late|tracking not updated|change address|delivery date|"
            "late delivery compensation|courier|parcel locker|reschedule delivery"
        ),
    ),
    Topic(
        "damaged",
        "破损",
        "Damaged goods",
        8,
        _pool("破损|外包装|开箱视频|照片|补发|质量问题|运输损坏|划痕|变形|碎裂"),
        _pool(
            "damaged goods|broken|dented|photos|unboxing video|replacement|transit damage|"
            "scratch|cracked|damage claim"
        ),
        _pool(
            "收到的商品外包装破损|打开后发现商品有划痕|玻璃部件在运输中碎裂|没有拍开箱视频还能不能处理|"
            "商品变形无法正常使用|补发的商品又一次破损"
        ),
        _pool(
            "received a parcel with a crushed box|found scratches after unpacking|says a "
            "glass part arrived cracked|has no unboxing video|reports the item is bent and "
            "unusable|received a replacement that is damaged again"
        ),
        _pool(
            "请客户上传商品和外包装的照片|为客户补发同款商品|登记运输损坏并向快递索赔|"
            "提供部分退款作为补偿|安排上门取回破损商品"
        ),
        _pool(
            "ask for photos of the item and the outer box|send a replacement of the same "
            "item|record the transit damage and claim from the courier|offer a partial "
            "refund for the damage|book a pickup for the damaged item"
        ),
        _pool("商品破损|外包装破损|开箱视频|破损 补发|划痕|碎了|破损 照片|运输损坏|变形"),
        _pool(
            "damaged item|broken|damaged parcel|crushed box|photos damage|cracked glass|"
            "damage replacement|scratched|transit damage"
        ),
    ),
    Topic(
        "warranty",
        "保修",
        "Warranty",
        7,
        _pool("保修|延保|维修|售后网点|保修卡|以换代修|保修期|序列号|检测报告|返厂"),
        _pool(
            "warranty|repair|extended warranty|service centre|serial number|proof of "
            "purchase|warranty period|manufacturer warranty|inspection report"
        ),
        _pool(
            "商品在保修期内出现故障|找不到保修卡|维修后同样的问题又出现|想购买延保服务|"
            "售后网点说不在保修范围|返厂维修等待时间太长"
        ),
        _pool(
            "reports a fault within the warranty period|lost the warranty card|says the "
            "repaired item failed again|wants to buy an extended warranty|was told by the "
            "service centre the fault is not covered|is waiting too long for a factory repair"
        ),
        _pool(
            "核对商品序列号和购买日期|为客户登记维修工单|安排返厂检测|按以换代修规则换新|"
            "提供就近的售后网点地址"
        ),
        _pool(
            "check the serial number and the purchase date|log a repair ticket|arrange a "
            "factory inspection|replace the item under the repair-or-replace rule|give the "
            "address of the nearest service centre"
        ),
        _pool("保修期多久|保修|延保|维修|以换代修|保修卡丢了|售后网点|返厂维修|序列号"),
        _pool(
            "warranty|warranty period|extended warranty|repair|service centre|serial "
            "number|warranty claim|repair status|proof of purchase"
        ),
    ),
    Topic(
        "invoices",
        "发票",
        "Invoices",
        6,
        _pool("发票|电子发票|专票|普票|发票抬头|税号|开票|红冲|增值税|换开"),
        _pool(
            "invoice|VAT invoice|tax number|billing address|company invoice|credit note|"
            "reissue|e-invoice|invoice title"
        ),
        _pool(
            "需要开具增值税专用发票|发票抬头填错了想换开|电子发票没有收到|退货后发票需要红冲|"
            "公司报销需要纸质发票|税号校验不通过"
        ),
        _pool(
            "needs a VAT invoice for the company|entered the wrong invoice title|did not "
            "receive the e-invoice|asks what happens to the invoice after a return|needs a "
            "paper invoice for expenses|gets a tax number validation error"
        ),
        _pool(
            "在开票系统里为客户换开发票|核对发票抬头和税号|重新发送电子发票到预留邮箱|"
            "提交红冲申请后重新开票|说明专票需要的企业信息"
        ),
        _pool(
            "reissue the invoice in the invoicing system|check the invoice title and tax "
            "number|resend the e-invoice to the email on file|request a credit note and "
            "issue a new invoice|explain which company details a VAT invoice needs"
        ),
        _pool("电子发票|发票抬头 修改|专票|开发票|发票没收到|税号|红冲|换开发票|增值税发票"),
        _pool(
            "invoice|vat invoice|invoice not received|change invoice title|company "
            "invoice tax number|credit note|reissue invoice|e-invoice"
        ),
    ),
    Topic(
        "membership",
        "会员",
        "Membership",
        6,
        _pool("会员|会员等级|积分|权益|续费|金卡|铂金卡|成长值|生日礼|积分过期"),
        _pool(
            "membership|tier|points|Gold member|Platinum|renewal|benefits|birthday voucher|"
            "points expiry|member price"
        ),
        _pool(
            "积分没有到账|会员等级被降级|生日礼没有收到|想取消自动续费|积分快要过期|会员价没有生效"
        ),
        _pool(
            "did not get the points for an order|was moved down a tier|did not receive the "
            "birthday voucher|wants to stop the automatic renewal|asks about points that "
            "are about to expire|was not charged the member price"
        ),
        _pool(
            "在会员后台补发积分|核对成长值和等级变化记录|为客户关闭自动续费|补发生日礼代金券|"
            "说明积分有效期规则"
        ),
        _pool(
            "add the missing points in the member console|check the tier history|turn off "
            "automatic renewal|resend the birthday voucher|explain when points expire"
        ),
        _pool("积分没到账|会员等级|积分过期|自动续费|生日礼|会员权益|金卡|铂金卡|会员价"),
        _pool(
            "points missing|membership tier|points expiry|cancel renewal|birthday voucher|"
            "gold member benefits|platinum|member price"
        ),
    ),
    Topic(
        "payments",
        "支付",
        "Payments",
        7,
        _pool("支付|支付宝|微信支付|花呗|分期|银行卡|扣款|重复扣款|支付失败|信用卡"),
        _pool(
            "payment|credit card|Alipay|WeChat Pay|instalments|double charge|declined|"
            "payment failed|bank card|pre-authorisation"
        ),
        _pool(
            "付款时提示支付失败|同一笔订单被重复扣款|花呗分期想提前还款|信用卡被拒付|"
            "付款成功但订单显示未支付|境外信用卡无法付款"
        ),
        _pool(
            "gets a payment failed message|was charged twice for one order|wants to repay "
            "instalments early|had the credit card declined|paid but the order still shows "
            "unpaid|cannot pay with a foreign card"
        ),
        _pool(
            "核对支付流水和订单状态|为重复扣款发起退款|建议客户更换支付方式|向支付机构提交掉单查询|"
            "说明分期手续费规则"
        ),
        _pool(
            "match the payment record to the order|refund the duplicate charge|suggest "
            "another payment method|ask the payment provider to trace the missing payment|"
            "explain the instalment fees"
        ),
        _pool("支付失败|重复扣款|花呗分期|信用卡 付款|微信支付|支付宝|扣款两次|付款 未支付|分期"),
        _pool(
            "payment failed|double charged|card declined|instalments|alipay|wechat pay|"
            "paid twice|payment pending|foreign card"
        ),
    ),
    Topic(
        "privacy",
        "个人信息",
        "Privacy",
        4,
        _pool("个人信息|隐私|注销|数据导出|授权|手机号|实名认证|营销短信|退订"),
        _pool(
            "privacy|personal data|account deletion|data export|consent|marketing "
            "messages|unsubscribe|data request|personal information"
        ),
        _pool(
            "要求注销账号并删除个人信息|想导出自己的订单数据|不想再收到营销短信|"
            "怀疑个人信息被泄露|想撤回第三方授权"
        ),
        _pool(
            "asks to delete the account and personal data|wants a copy of their data|wants "
            "no more marketing messages|thinks their data was leaked|wants to withdraw "
            "consent from a partner app"
        ),
        _pool(
            "验证客户身份后提交注销申请|在隐私中心为客户导出数据|为客户退订营销短信|"
            "升级给隐私合规团队|说明个人信息的保存期限"
        ),
        _pool(
            "verify the customer before submitting the deletion request|export the data "
            "from the privacy centre|unsubscribe the customer from marketing|escalate to "
            "the privacy team|explain how long personal data is kept"
        ),
        _pool("注销账号|个人信息 删除|数据导出|退订短信|隐私|信息泄露|撤回授权"),
        _pool(
            "delete account|personal data|data export|unsubscribe|privacy|data leak|"
            "withdraw consent|marketing emails"
        ),
    ),
    Topic(
        "account",
        "账户",
        "Account",
        4,
        _pool("登录|密码|验证码|账户冻结|换绑手机|账户安全|找回账号"),
        _pool(
            "login|password reset|verification code|locked account|change phone number|"
            "two-factor|account security"
        ),
        _pool(
            "收不到短信验证码|密码忘记了无法登录|账户被冻结|旧手机号已经停用想换绑|发现陌生设备登录"
        ),
        _pool(
            "does not receive the verification code|forgot the password|has a locked "
            "account|no longer has the old phone number|saw a login from an unknown device"
        ),
        _pool("引导客户通过人脸识别找回账号|为客户解冻账户|核验身份后换绑手机号|建议客户修改密码"),
        _pool(
            "guide the customer through account recovery|unlock the account|verify the "
            "identity and change the phone number|advise a password change"
        ),
        _pool("登录不了|验证码收不到|忘记密码|账户冻结|换绑手机|陌生设备登录"),
        _pool(
            "cannot log in|verification code|forgot password|account locked|change phone|"
            "unknown device login"
        ),
    ),
    Topic(
        "lost",
        "丢件",
        "Lost parcels",
        5,
        _pool("丢件|查件|签收未收到|理赔|代签收|快递柜|物流异常"),
        _pool(
            "lost parcel|missing parcel|marked as delivered|investigation|claim|signed by "
            "someone else|parcel locker"
        ),
        _pool(
            "物流显示已签收但本人没有收到|包裹在中转站停留超过五天|快递员说包裹丢失|被别人代签收了"
        ),
        _pool(
            "sees the parcel marked as delivered but never got it|has a parcel stuck at a "
            "hub for five days|was told by the courier the parcel is lost|says a neighbour "
            "signed for the parcel"
        ),
        _pool(
            "提交查件工单并等待快递回复|按丢件判定标准为客户补发|为客户办理仅退款|向快递公司发起理赔"
        ),
        _pool(
            "open a trace with the courier|resend the order under the lost parcel rules|"
            "refund without a return|file a claim with the courier"
        ),
        _pool("丢件|签收未收到|显示签收没收到|包裹丢了|查件|代签收|快递柜"),
        _pool(
            "lost parcel|marked delivered not received|missing parcel|parcel lost|trace "
            "parcel|signed by neighbour"
        ),
    ),
    Topic(
        "wrong-items",
        "错发漏发",
        "Wrong or missing items",
        5,
        _pool("错发|漏发|少发|颜色不对|尺码不对|配件缺失|型号不符"),
        _pool("wrong item|missing item|wrong colour|wrong size|missing accessory|wrong model"),
        _pool("收到的颜色和下单的不一样|少发了一件商品|配件缺失无法安装|收到的型号不对"),
        _pool(
            "received the wrong colour|is missing one item of the order|has no screws to "
            "assemble it|received a different model"
        ),
        _pool("为客户补寄缺少的配件|安排换货并上门取回错发商品|核对仓库出库记录"),
        _pool(
            "send the missing part|exchange the item and collect the wrong one|check the "
            "warehouse packing record"
        ),
        _pool("错发|少发|漏发|颜色不对|尺码不对|配件缺失|型号不对"),
        _pool("wrong item|missing item|wrong colour|wrong size|missing screws|wrong model"),
    ),
    Topic(
        "complaints",
        "投诉",
        "Complaints",
        5,
        _pool("投诉|服务态度|升级|回访|工单|主管|满意度"),
        _pool("complaint|escalation|supervisor|call back|ticket|satisfaction|formal complaint"),
        _pool("对客服的服务态度不满意|要求主管回电|同一个问题反复联系了三次|威胁要向媒体投诉"),
        _pool(
            "is unhappy with how an agent spoke to them|asks for a supervisor to call "
            "back|has contacted us three times about the same issue|threatens to go to the "
            "press"
        ),
        _pool("创建投诉工单并升级给主管|在24小时内回访客户|记录投诉原因和处理结果"),
        _pool(
            "open a complaint ticket and escalate it|call the customer back within 24 "
            "hours|record the cause and the outcome"
        ),
        _pool("投诉|服务态度|升级主管|回访|投诉工单|满意度"),
        _pool("complaint|escalate|supervisor call back|complaint ticket|rude agent"),
    ),
    Topic(
        "compensation",
        "补偿",
        "Compensation",
        6,
        _pool("赔偿|补偿|代金券|优惠券|审批|额度|致歉|部分退款"),
        _pool("compensation|goodwill voucher|coupon|approval|budget|apology|goodwill gesture"),
        _pool("要求赔偿损失|对补偿金额不满意|代金券无法使用|想把优惠券换成现金"),
        _pool(
            "asks to be compensated|thinks the offer is too low|cannot use the voucher|"
            "wants cash instead of a coupon"
        ),
        _pool("在补偿面板发放代金券|超过额度时提交主管审批|说明代金券的使用门槛和有效期"),
        _pool(
            "issue a voucher from the compensation panel|ask a supervisor to approve "
            "amounts over your limit|explain the voucher terms and expiry"
        ),
        _pool("赔偿|补偿标准|代金券|优惠券不能用|补偿 审批|致歉"),
        _pool("compensation|goodwill voucher|coupon not working|compensation approval|apology"),
    ),
    Topic(
        "installation",
        "安装",
        "Installation",
        4,
        _pool("安装|上门安装|预约|安装师傅|安装费|组装"),
        _pool("installation|assembly|technician|appointment|installation fee|wall mounting"),
        _pool("安装师傅没有按时上门|想改约安装时间|安装后发现不牢固|被要求额外支付安装费"),
        _pool(
            "waited for a technician who did not come|wants to move the appointment|says "
            "the installation is loose|was asked to pay an extra fee"
        ),
        _pool("为客户改约安装时间|联系安装服务商确认师傅行程|安排复检"),
        _pool(
            "move the installation appointment|call the installer to check on the "
            "technician|book a follow-up visit"
        ),
        _pool("上门安装|安装预约|安装费|改约安装|安装师傅"),
        _pool("installation|assembly appointment|installation fee|technician late"),
    ),
    Topic(
        "gift-cards",
        "礼品卡",
        "Gift cards",
        3,
        _pool("礼品卡|余额|有效期|绑定|卡密"),
        _pool("gift card|balance|expiry|redeem|card code"),
        _pool("礼品卡无法绑定|礼品卡余额不对|礼品卡过期了"),
        _pool("cannot redeem a gift card|sees the wrong balance|has an expired gift card"),
        _pool("核对礼品卡的激活记录|为客户延长礼品卡有效期"),
        _pool("check the gift card activation|extend the gift card expiry"),
        _pool("礼品卡|礼品卡余额|礼品卡过期|绑定礼品卡"),
        _pool("gift card|gift card balance|redeem gift card|gift card expired"),
    ),
)

PRODUCTS = (  # Chinese, English, model prefix
    ("台灯", "desk lamp", "LM"),
    ("落地灯", "floor lamp", "LM"),
    ("吊灯", "pendant light", "LP"),
    ("沙发", "sofa", "SF"),
    ("床垫", "mattress", "MT"),
    ("电水壶", "electric kettle", "KT"),
    ("空气净化器", "air purifier", "AP"),
    ("扫地机器人", "robot vacuum", "RV"),
    ("咖啡机", "coffee machine", "CM"),
    ("餐具套装", "dinnerware set", "DW"),
    ("四件套", "bedding set", "BD"),
    ("收纳柜", "storage cabinet", "SC"),
    ("书桌", "desk", "DK"),
    ("办公椅", "office chair", "OC"),
    ("加湿器", "humidifier", "HU"),
    ("电饭煲", "rice cooker", "RC"),
    ("炒锅", "wok", "WK"),
    ("窗帘", "curtains", "CT"),
    ("地毯", "rug", "RG"),
    ("衣柜", "wardrobe", "WR"),
)
COURIERS = (("顺丰", "SF Express"), ("京东物流", "JD Logistics"), ("中通", "ZTO"), ("EMS", "EMS"))
CITIES = (
    ("上海", "Shanghai"),
    ("北京", "Beijing"),
    ("杭州", "Hangzhou"),
    ("广州", "Guangzhou"),
    ("成都", "Chengdu"),
    ("武汉", "Wuhan"),
    ("南京", "Nanjing"),
)
OWNERS = _pool(
    "returns-team|refunds-team|logistics-team|quality-team|billing-team|members-team|"
    "privacy-team|service-team"
)

ZH_POOLS: dict[str, tuple[str, ...]] = {
    "who": _pool("客户|顾客|用户|买家|会员|下单人"),
    "when": _pool(
        "在签收后7天内|下单后24小时内|收到商品后|超过承诺送达日后|付款成功后|申请售后时|"
        "退货寄出后|订单完成后|活动期间|节假日期间"
    ),
    "check": _pool(
        "核实订单状态|查看物流轨迹|确认签收时间|核对支付记录|检查会员等级|确认商品是否在保修期内|"
        "验证客户身份|查看历史工单|核对商品序列号|确认收货地址"
    ),
    "tell": _pool(
        "在App的“我的订单”中提交售后申请|联系在线客服|上传商品和外包装的照片|提供订单号和手机号|"
        "拨打客服热线|保留快递面单|在退款详情中查看进度|等待短信通知|在个人中心修改资料"
    ),
    "result": _pool(
        "退款会原路退回|系统会自动发送短信通知|售后单状态会更新为“处理中”|积分会在3个工作日内返还|"
        "电子发票会发送到预留邮箱|快递员会在1至2天内上门取件|客户会收到一张代金券|"
        "工单会自动流转到对应团队|处理结果会同步到客户的消息中心"
    ),
    "note": _pool(
        "具体以页面显示为准|节假日可能顺延|如有疑问请联系人工客服|请提醒客户留意短信|"
        "不需要客户额外承担运费|需要在备注中写明原因|同一订单只能申请一次|超出额度需要主管审批|"
        "请不要向客户承诺具体到账时间|处理完成后记得添加工单小结"
    ),
    "tier": _pool("普通|银卡|金卡|铂金卡|黑钻"),
    "benefit": _pool(
        "享受免费上门取件|可以优先处理售后|每月领取一张免运费券|积分按1.5倍累计|"
        "生日当月获得专属礼券|退货运费由我们承担"
    ),
    "pay": _pool("支付宝|微信支付|花呗|银联借记卡|国内信用卡|境外信用卡|礼品卡|账户余额"),
    "span": _pool("24小时|48小时|1至3个工作日|3至7个工作日|7至15个工作日|2个工作日|5个自然日|15天"),
    "team": _pool("物流组|售后组|财务组|会员运营组|质检组|隐私合规团队|投诉处理组"),
    "channel": _pool("在线客服|客服热线|App消息|短信|邮件|企业微信"),
    "step_intro": _pool("首先|然后|接着|随后|最后|必要时"),
    "connector": _pool("另外|同时|需要注意的是|一般情况下|特殊情况下|如果客户坚持"),
    "heading": _pool(
        "处理步骤|适用范围|时效要求|例外情况|常用话术|升级路径|费用说明|注意事项|常见问题|"
        "需要准备的材料|判断标准|客户可以选择的方式"
    ),
    "title_tail": _pool(
        "处理流程|常见问题|规则说明|操作指引|话术参考|注意事项|处理流程（坐席版）|客户须知|"
        "判断标准|时效说明"
    ),
}
ZH_SENTENCES = (
    "如果{who}{when}{problem}，请{action}。",
    "{who}{problem}时，坐席需要先{check}，再{action}。",
    "{check}之后，{result}，{note}。",
    "{tier}会员{benefit}，{note}。",
    "使用{pay}付款的订单，退款一般在{span}内到账。",
    "{connector}，{who}可以通过{channel}{tell}。",
    "关于{word}，{who}{when}可以{tell}，{result}。",
    "{product}（型号{model}）{problem}的，{action}，{note}。",
    "由{team}负责跟进{word}相关的工单，一般在{span}内回复客户。",
    "{connector}，如果{who}{problem}，不要直接{action}，应先{check}。",
    "订单金额超过{amount}元的，{action}前需要{check}。",
    "{city}地区的订单由{courier}配送，{word}问题请{action}。",
)
EN_POOLS: dict[str, tuple[str, ...]] = {
    "who": _pool("the customer|the buyer|a member|the account holder|the caller"),
    "when": _pool(
        "within 7 days of delivery|within 24 hours of ordering|after the parcel was signed "
        "for|after the promised delivery date|after paying|when requesting after-sales "
        "service|after sending the return|during a promotion|over a public holiday"
    ),
    "check": _pool(
        "check the order status|read the tracking history|confirm the delivery date|match "
        "the payment record|check the membership tier|confirm the item is still under "
        "warranty|verify the customer's identity|look at earlier tickets|check the serial "
        "number|confirm the delivery address"
    ),
    "tell": _pool(
        "submit an after-sales request under My Orders|chat with us in the app|upload "
        "photos of the item and the box|give the order number and phone number|call the "
        "service line|keep the courier label|follow the progress in the refund details|wait "
        "for the text message|update their details in the account centre"
    ),
    "result": _pool(
        "the refund goes back to the original payment method|the system sends a text "
        "message|the after-sales order moves to In progress|the points are returned within "
        "3 working days|the e-invoice is sent to the email on file|a courier collects the "
        "item within 1 to 2 days|the customer receives a voucher|the ticket is routed to "
        "the right team|the outcome appears in the customer's inbox"
    ),
    "note": _pool(
        "what the order page shows always applies|public holidays may add a day or two|"
        "anything unclear goes to a live agent|remind the customer to watch for a text|"
        "the customer pays no shipping|write the reason in the notes|one request per order|"
        "amounts over your limit need a supervisor|never promise an exact refund date|add a "
        "ticket summary when you are done"
    ),
    "tier": _pool("Standard|Silver|Gold|Platinum|Black Diamond"),
    "benefit": _pool(
        "get free courier pickup|are served first in after-sales|get a free-shipping coupon "
        "each month|earn points at 1.5 times the usual rate|get a birthday voucher|do not "
        "pay return shipping"
    ),
    "pay": _pool(
        "Alipay|WeChat Pay|Huabei|UnionPay debit card|domestic credit card|foreign credit "
        "card|gift card|account balance"
    ),
    "span": _pool(
        "24 hours|48 hours|1 to 3 working days|3 to 7 working days|7 to 15 working days|"
        "2 working days|5 days|15 days"
    ),
    "team": _pool(
        "logistics team|after-sales team|finance team|membership team|quality team|privacy "
        "team|complaints team"
    ),
    "channel": _pool("live chat|the service line|in-app messages|text message|email"),
    "connector": _pool(
        "Also|At the same time|Note that|Usually|In special cases|If the customer insists"
    ),
    "heading": _pool(
        "What to do|Who this applies to|Time limits|Exceptions|What to say|When to "
        "escalate|Fees|Things to watch|Common questions|What the customer needs|How to "
        "decide|What the customer can choose"
    ),
    "title_tail": _pool(
        "what agents need to know|FAQ|policy|step by step|what to say|checklist|for "
        "agents|for customers|how to decide|time limits"
    ),
}
EN_SENTENCES = (
    "If {who} {problem}, {action}.",
    "When {who} {problem}, first {check}, then {action}.",
    "Once you {check}, {result}; {note}.",
    "{tier} members {benefit}; {note}.",
    "Refunds to {pay} usually arrive within {span}.",
    "{connector}, {who} can use {channel} to {tell}.",
    "For {word} questions, {who} can {tell} {when}, and {result}.",
    "If the {product} (model {model}) {problem_short}, {action}; {note}.",
    "The {team} follows up on {word} tickets and replies within {span}.",
    "{connector}, if {who} {problem}, do not {action} straight away: {check} first.",
    "For orders over CNY {amount}, {check} before you {action}.",
    "Orders in {city} are delivered by {courier}; for {word} issues, {action}.",
)
EN_SHORT_PROBLEMS = _pool(
    "arrives damaged|stops working|is missing a part|arrives late|is the wrong colour|"
    "has a fault|is returned|is not delivered"
)

# Queries in both languages at once, as agents type them.
MIXED_QUERIES = _pool(
    "Visa 退款|VAT 发票|app 登录不了|PLUS会员 积分|Alipay 退款|iPhone 支付失败|SF 快递 延误|"
    "refund 退款|pickup 上门取件|invoice 抬头|warranty 保修|gold 会员|EMS 丢件|coupon 不能用|"
    "App 验证码|PDF 发票|VIP 权益|return 运费|Mastercard 扣款|JD 物流"
)


class CorpusArticle(NamedTuple):
    id: str
    title: str
    body: str  # Markdown, without the front matter
    language: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class _Full:
    number: int
    article: CorpusArticle
    topic: str
    product: str
    audience: str
    owner: str
    updated: date
    related: tuple[str, ...]

    @property
    def path(self) -> Path:
        return Path(self.topic) / f"{self.article.id.lower()}.md"


class Query(NamedTuple):
    text: str
    kind: str  # zh, en or mixed
    partial: bool  # the last word is cut short, as while typing
    typo: bool


def article_id(number: int) -> str:
    return f"GEN-{number:05d}"


def corpus_articles(n: int, seed: int = DEFAULT_SEED) -> Iterator[CorpusArticle]:
    """Articles 1..n as (id, title, body, language, tags)."""
    for number in range(1, n + 1):
        yield _generate(number, n, seed).article


def write_corpus(folder: Path, n: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write articles 1..n as front-matter files under folder/TOPIC/; returns their paths."""
    paths = []
    for number in range(1, n + 1):
        full = _generate(number, n, seed)
        path = folder / full.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(file_text(full), encoding="utf-8")
        paths.append(path)
    return paths


def article_file(number: int, n: int, seed: int = DEFAULT_SEED, extra: str = "") -> str:
    """The file text of one article, with `extra` appended to its body (to change it)."""
    full = _generate(number, n, seed)
    if extra:
        article = full.article._replace(body=full.article.body + "\n" + extra + "\n")
        full = _Full(
            full.number,
            article,
            full.topic,
            full.product,
            full.audience,
            full.owner,
            full.updated,
            full.related,
        )
    return file_text(full)


def article_path(number: int, n: int, seed: int = DEFAULT_SEED) -> Path:
    """Where write_corpus puts an article, relative to the folder."""
    return _generate(number, n, seed).path


def file_text(full: _Full) -> str:
    article = full.article
    header = [
        "+++",
        f'id = "{article.id}"',
        f'title = "{_toml(article.title)}"',
        f'language = "{article.language}"',
        f"tags = {_toml_list(article.tags)}",
        f'product = "{full.product}"',
        f'audience = "{full.audience}"',
        f'owner = "{full.owner}"',
        f"updated = {full.updated.isoformat()}",
        f"related = {_toml_list(full.related)}",
        "+++",
        "",
    ]
    return "\n".join(header) + article.body


def _toml(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _toml_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(f'"{_toml(value)}"' for value in values) + "]"


def _generate(number: int, n: int, seed: int) -> _Full:
    rng = random.Random(f"{seed}:{number}")
    topic = rng.choices(TOPICS, weights=[t.weight for t in TOPICS])[0]
    chinese = number % 2 == 1
    product = rng.choice(PRODUCTS)
    writer = _ZhWriter(rng, topic, product) if chinese else _EnWriter(rng, topic, product)
    title = writer.title()
    body = writer.body(title, n)
    words = topic.zh_words if chinese else topic.en_words
    tags = (topic.key, *dict.fromkeys(rng.sample(words, rng.randint(1, 3))))
    if chinese:
        tags = (*tags, product[0])
    related = tuple(
        article_id(rng.randint(1, max(n, 1))) for _ in range(rng.choice((0, 1, 2, 2, 3, 4)))
    )
    return _Full(
        number=number,
        article=CorpusArticle(article_id(number), title, body, "zh" if chinese else "en", tags),
        topic=topic.key,
        product="all" if rng.random() < 0.6 else product[2].lower(),
        audience="internal" if rng.random() < 0.35 else "customer",
        owner=rng.choice(OWNERS),
        updated=date(2026, 1, 1) + timedelta(days=rng.randint(0, 320)),
        related=tuple(dict.fromkeys(r for r in related if r != article_id(number))),
    )


class _Writer:
    """Fills sentence templates from the topic's and the language's phrase pools."""

    pools: dict[str, tuple[str, ...]]
    templates: tuple[str, ...]

    def __init__(self, rng: random.Random, topic: Topic, product: tuple[str, str, str]) -> None:
        self.rng = rng
        self.topic = topic
        self.product = product
        # An article mentions one to three models, the same ones throughout, as real ones do.
        self.models = [
            f"{product[2]}-{rng.randint(100, 999)}{rng.choice('0123456789ABCDEFGHJK')}"
            for _ in range(rng.randint(1, 3))
        ]
        self.local = self.pools | self.topical()

    def topical(self) -> dict[str, tuple[str, ...]]:
        """The pools of this article's topic, product and language."""
        raise NotImplementedError

    def fill(self, template: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda match: self.slot(match.group(1)), template)

    def slot(self, name: str) -> str:
        if name == "model":
            return self.rng.choice(self.models)
        if name == "amount":
            return str(self.rng.choice((99, 199, 299, 500, 800, 1000, 2000, 5000)))
        return self.rng.choice(self.local[name])

    def sentence(self) -> str:
        return self.fill(self.rng.choice(self.templates))

    def steps(self) -> list[str]:
        """Three to six different steps: checks and the topic's actions."""
        actions = self.topic.zh_actions if self.pools is ZH_POOLS else self.topic.en_actions
        choices = list(dict.fromkeys(self.pools["check"] + actions))
        return self.rng.sample(choices, min(len(choices), self.rng.randint(3, 6)))

    def size(self, text: str) -> int:
        raise NotImplementedError

    def target(self) -> int:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def paragraph(self) -> str:
        raise NotImplementedError

    def list_block(self) -> str:
        raise NotImplementedError

    def table(self) -> str:
        raise NotImplementedError

    def link(self, n: int) -> str:
        raise NotImplementedError

    def body(self, title: str, n: int) -> str:
        rng = self.rng
        target = self.target()
        blocks = [f"# {title}", self.paragraph()]
        with_table = rng.random() < 0.25
        while self.size("\n\n".join(blocks)) < target:
            blocks.append(f"## {self.slot('heading')}")
            for _ in range(rng.randint(1, 3)):
                roll = rng.random()
                if roll < 0.55:
                    blocks.append(self.paragraph())
                elif roll < 0.85:
                    blocks.append(self.list_block())
                elif with_table:
                    blocks.append(self.table())
                    with_table = False
                else:
                    blocks.append(self.link(n))
                if self.size("\n\n".join(blocks)) >= target:
                    break
        return "\n\n".join(blocks) + "\n"


class _ZhWriter(_Writer):
    pools = ZH_POOLS
    templates = ZH_SENTENCES

    def topical(self) -> dict[str, tuple[str, ...]]:
        topic = self.topic
        return {
            "problem": topic.zh_problems,
            "action": topic.zh_actions,
            "word": topic.zh_words,
            "product": (self.product[0],),
            "city": tuple(city[0] for city in CITIES),
            "courier": tuple(courier[0] for courier in COURIERS),
        }

    def size(self, text: str) -> int:
        return len(text)

    def target(self) -> int:
        return self.rng.randint(400, 1300)  # the last block overshoots by ~100 characters

    def title(self) -> str:
        rng = self.rng
        word = rng.choice(self.topic.zh_words)
        match rng.randint(0, 3):
            case 0:
                return f"{self.product[0]}{word}{self.slot('title_tail')}"
            case 1:
                return f"{rng.choice(self.topic.zh_problems)}怎么办"
            case 2:
                return f"{word}：{self.slot('heading')}"
        return f"{word}{self.slot('title_tail')}"

    def paragraph(self) -> str:
        return "".join(self.sentence() for _ in range(self.rng.randint(2, 4)))

    def list_block(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return "\n".join(
                f"{number}. {self.slot('step_intro')}{step}。"
                for number, step in enumerate(self.steps(), 1)
            )
        return "\n".join(
            f"- **{rng.choice(self.topic.zh_words)}**：{self.sentence()}"
            for _ in range(rng.randint(2, 5))
        )

    def table(self) -> str:
        rows = ["| 情况 | 处理方式 | 时效 |", "|---|---|---|"]
        for _ in range(self.rng.randint(3, 6)):
            problem, action = self.slot("problem"), self.slot("action")
            rows.append(f"| {problem} | {action} | {self.slot('span')} |")
        return "\n".join(rows)

    def link(self, n: int) -> str:
        other = article_id(self.rng.randint(1, max(n, 1)))
        title = self.slot("word") + self.slot("title_tail")
        return f"详见 [{title}](kb:{other})，{self.slot('note')}。"


class _EnWriter(_Writer):
    pools = EN_POOLS
    templates = EN_SENTENCES

    def topical(self) -> dict[str, tuple[str, ...]]:
        topic = self.topic
        return {
            "problem": topic.en_problems,
            "problem_short": EN_SHORT_PROBLEMS,
            "action": topic.en_actions,
            "word": topic.en_words,
            "product": (self.product[1],),
            "city": tuple(city[1] for city in CITIES),
            "courier": tuple(courier[1] for courier in COURIERS),
        }

    def sentence(self) -> str:
        text = super().sentence()
        return text[0].upper() + text[1:]

    def size(self, text: str) -> int:
        return len(text.split())

    def target(self) -> int:
        return self.rng.randint(250, 800)  # the last block overshoots by ~50 words

    def title(self) -> str:
        rng = self.rng
        word = rng.choice(self.topic.en_words)
        word = word[0].upper() + word[1:]
        match rng.randint(0, 3):
            case 0:
                return f"{word} for the {self.product[1]}: {self.slot('title_tail')}"
            case 1:
                return f"The customer {rng.choice(self.topic.en_problems)}"
            case 2:
                return f"{word}: {self.slot('heading').lower()}"
        return f"{word}: {self.slot('title_tail')}"

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def list_block(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return "\n".join(
                f"{number}. {step[0].upper()}{step[1:]}."
                for number, step in enumerate(self.steps(), 1)
            )
        return "\n".join(
            f"- **{rng.choice(self.topic.en_words)}**: {self.sentence()}"
            for _ in range(rng.randint(2, 5))
        )

    def table(self) -> str:
        rows = ["| Situation | What to do | Time limit |", "|---|---|---|"]
        for _ in range(self.rng.randint(3, 6)):
            problem, action = self.slot("problem"), self.slot("action")
            rows.append(f"| The customer {problem} | {action} | {self.slot('span')} |")
        return "\n".join(rows)

    def link(self, n: int) -> str:
        other = article_id(self.rng.randint(1, max(n, 1)))
        return (
            f"> See [{self.slot('word')}: {self.slot('title_tail')}](kb:{other}). "
            f"{self.fill('{note}').capitalize()}."
        )


def query_mix(n: int, seed: int = DEFAULT_SEED) -> list[Query]:
    """n queries: about 45 % Chinese, 40 % English, 15 % both; a quarter cut short."""
    rng = random.Random(f"{seed}:queries")
    queries = []
    for _ in range(n):
        topic = rng.choices(TOPICS, weights=[t.weight for t in TOPICS])[0]
        roll = rng.random()
        if roll < 0.45:
            words, kind = _zh_query(rng, topic), "zh"
        elif roll < 0.85:
            words, kind = _en_query(rng, topic), "en"
        else:
            words, kind = rng.choice(MIXED_QUERIES).split(), "mixed"
        typo = kind == "en" and rng.random() < 0.06 and _misspell(rng, words)
        partial = not typo and rng.random() < 0.33 and _cut_last(rng, words)
        queries.append(Query(" ".join(words), kind, partial, typo))
    return queries


def _zh_query(rng: random.Random, topic: Topic) -> list[str]:
    words = rng.choice(topic.zh_queries).split()
    roll = rng.random()
    if roll < 0.2:
        words.insert(0, rng.choice(PRODUCTS)[0])
    elif roll < 0.3:
        words.append(rng.choice(TOPICS).zh_queries[0])
    return words[:4]


def _en_query(rng: random.Random, topic: Topic) -> list[str]:
    words = rng.choice(topic.en_queries).lower().split()
    roll = rng.random()
    if roll < 0.15:
        words = rng.choice(PRODUCTS)[1].split() + words
    elif roll < 0.2:
        words.insert(0, f"{rng.choice(PRODUCTS)[2]}-{rng.randint(100, 999)}")
    return words[:4]


def _misspell(rng: random.Random, words: list[str]) -> bool:
    """Swap two letters of a longer word, as a hurried typist does."""
    long = [i for i, word in enumerate(words) if len(word) >= 5 and word.isalpha()]
    if not long:
        return False
    i = rng.choice(long)
    j = rng.randint(1, len(words[i]) - 2)
    word = words[i]
    words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return True


def _cut_last(rng: random.Random, words: list[str]) -> bool:
    """Cut the last word short, as it is while still being typed."""
    last = words[-1]
    if last.isascii() and len(last) >= 4:
        words[-1] = last[: rng.randint(2, len(last) - 1)]
        return True
    if not last.isascii() and len(last) >= 3:
        words[-1] = last[:-1]
        return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    paths = write_corpus(args.folder, args.articles, args.seed)
    print(f"wrote {len(paths):,} articles under {args.folder}")


if __name__ == "__main__":
    main()
