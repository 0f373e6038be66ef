"""Write resources/passwords/common.txt: passwords the program refuses because people use them most.

The list is built from well-known public lists of the most used passwords (English-speaking and
international), Vietnamese words and phrases people type as passwords (matkhau, anhyeuem…), lucky and
easy numbers (68686868, 123456a…), and Vietnamese personal names alone or as family + given name, which
people combine with a year of birth (the rule in app/passwords.py strips such digits before looking a
word up). Entries are lower case, without diacritics or spaces, as app/passwords.py compares them.

    python tools/make_password_list.py
"""

from __future__ import annotations

from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "resources" / "passwords" / "common.txt"

INTERNATIONAL = """
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123 football
monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman
1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster
soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel
starwars klaster 112233 george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom
777777 pass maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love ashley nicole chelsea
biteme matthew access yankees 987654321 dallas austin thunder taylor matrix mobilemail mom monitor
monitoring montana moon moscow william corvette hello martin heather secret merlin diamond 1234qwer gfhjkm
hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick internet scooter orange 11111
golfer cookie richard samantha bigdog guitar jackson whatever mickey chicken sparky snoopy maverick phoenix
camaro peanut morgan welcome falcon cowboy ferrari samsung andrea smokey steelers joseph mercedes dakota
arsenal eagles melissa boomer booboo spider nascar monster tigers yellow xxxxxx 123123123 gateway marina
diablo bulldog qwer1234 compaq purple hardcore banana junior hannah 123654 porsche lakers iceman money
cowboys 987654 london tennis 999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4 brandon yamaha
chester mother forever johnny edward 333333 oliver redsox player nikita knight fender barney midnight
please brandy chicago badboy slayer rangers charles angel flower rabbit wizard bigdick jasper enter
rachel chris steven winner adidas victoria natasha 1q2w3e4r jasmine winter prince panties marine ghbdtn
fishing cocacola casper james 232323 raiders 888888 marlboro gandalf asdfasdf crystal 87654321 12344321
golden 8675309 panther lauren angela bitch spanky thx1138 angels madison winston shannon mike toyota
blowjob jordan23 canada sophie Password apples dick tiger razz 123abc pokemon qazxsw 55555 qwaszx muffin
johnson murphy cooper jonathan liverpoo david danielle 159357 jackie 1990 123456a 789456 turtle horny
abcd1234 scorpion qazwsxedc 101010 butter carlos password1 dennis slipknot qwerty123 booger asdf 1991
black startrek 12341234 cameron newyork rainbow nathan john 1992 rocket viking redskins butthead asdfghjkl
1212 sierra peaches gemini doctor wilson sandra helpme qwertyui victor florida dolphin pookie captain
tucker blue liverpool theman bandit dolphins maddog packers jaguar lovers nicholas united tiffany maxwell
zzzzzz nirvana jeremy suckit stupid porn monica elephant giants jackass hotdog rosebud success debbie
mountain 444444 xxxxxxxx warrior 1q2w3e4r5t q1w2e3 123456q albert metallic lucky azerty 7777 shithead
alex bond007 alexis 1111111 samson 5150 willie scorpio bonnie gators benjamin voodoo driver dexter 2112
jason calvin freddy 212121 creative 12345a sydney rush2112 1989 asdfghjk red123 bubba 4815162342 passw0rd
trouble gunner happy loving gordon legend jessie stella qwert eminem arthur apple nissan bullshit bear
america 1qazxsw2 nothing parker 4444 rebecca qweqwe garfield 01012011 beavis 69696969 jack asdasd december
2222 102030 252525 11223344 magic apollo skippy 315475 girls kitten golf copper braves shelby godzilla
beaver fred tomcat august buddy airborne 1993 1988 lifehack qqqqqq brooklyn animal platinum phantom online
xavier darkness blink182 power fish green 789456123 voyager police travis 12qwaszx heaven snowball lover
abcdef 00000 pakistan 007007 walter playboy blazer cricket sniper hooters donkey willow loveme saturn
therock redwings bigboy pumpkin trinity williams tintin nintendo digital destiny topgun runner marvin
guinness chance bubbles testing fire november minecraft asdf1234 lasvegas sergey broncos cartman private
celtic birdie little cassie babygirl donald beatles 1313 dickhead family 12321 fktrcfylh sexy 123qweasd
abc12345 abcd123 abcabc 1qaz2wsx3edc 1q2w3e 1q2w3e4r5t6y zaq12wsx qwe123 qweasd qweasdzxc 147258369
147258 741852963 963852741 159753456 123789 321321 456456 654654 789789 147147 258258 369369 0123456789
01234567 0987654321 987654321 11112222 12121212 123123123 1234512345 abcdabcd aaaaaaaa aaaaaaaaa
a1b2c3d4 a1b2c3 aa123456 a123456 a12345678 a123456789 123456789a 12345678a 1234567a 123456aa 123456abc
abc123456 qwerty1 qwerty12 qwerty1234 password12 password123 password1234 pass123 pass1234 passwd
passw0rd p@ssw0rd p@ssword admin admin123 admin1234 administrator root toor user guest test test123
testtest demo changeme default welcome1 welcome123 letmein1 iloveyou1 iloveyou2 iloveu loveyou
iloveyou123 trustno1 login master123 secret123 hello123 hellohello 1234abcd abcd12345 qwertyu asdfg
zxcvb qwerasdf qwerasdfzxcv 1qa2ws3ed zaq1xsw2 !qaz2wsx 1qazxsw23edc q2w3e4r5 asdzxc zxcasd zxc123
asd123 aaa111 111aaa aaa123 abc111 11111111a 1111111a 123123a 123123abc 112233a 123321a aa112233
Abc12345 Password1 Password123 Qwerty123 Admin123
"""

VIETNAMESE = """
matkhau matkhau1 matkhau12 matkhau123 matkhau1234 matkhau123456 matkhaumoi matkhaucu nhapmatkhau
quenmatkhau khongcomatkhau khongbiet khongnho matkhaucuatoi matkhauday doimatkhau
anhyeuem emyeuanh yeuem yeuanh anhyeuem123 emyeuanh123 yeuemnhieu yeuanhnhieu anhyeuemnhieu
emyeuanhnhieu yeuemmaimai yeuanhmaimai maimaiyeuem anhnhoem emnhoanh nhoem nhoanh thuongem thuonganh
tinhyeu tinhyeucuatoi yeuthuong hanhphuc giadinh giadinhtoi giadinhlatatca metoi botoi mecon bocon
meyeu boyeu conyeu vokhoa chongyeu voyeu vochong cuncon cungiu bebong bexinh beyeu conmeo concho
conheo heocon vitcon gaucon thoxinh meocon meomeo gaugau chomuc xinhxinh xinhdep dethuong
toilaai toila taolaai taola aiday aido ahihi hihi hihihi hehe hahaha huhu kaka keke
xinchao chaoban chaoem chaoanh camon cambiet thanhcong chienthang chucmung chucmungnammoi
vietnam vietnam123 vietnam1 vietnamvodich vodich vietnamoi vietnamquehuongtoi toiyeuvietnam
saigon saigon123 tphcm hochiminh hcm123 danang nhatrang dalat vungtau haiphong cantho hue123 hanoi123
hanoi1234 saigon1 danang123
bachkhoa kinhte ngoaithuong supham yduoc luat hocvien daihoc caodang
congan quandoi canbo congchuc vienchuc nhanvien ketoan thanhtra tuphap sotuphap bonoivu sonoivu
noivu tochuc tochuccanbo phongtochuc vanphong hanhchinh ubnd hdnd uybannhandan coquan donvi
quantri quantrivien quanly quanlyvien giamdoc truongphong phophong chuyenvien canbocongchuc
buudien vnpt viettel mobifone vinaphone fpt bkav vietcombank agribank techcombank bidv vietinbank
doremon doraemon nobita shizuka pikachu naruto sasuke songoku dragonball conan thamtu tieuthu hoangtu
congchua thienthan aquy thiensu sieunhan nguoinhen
muaxuan muahe muathu muadong hoahong hoamai hoadao hoasen hoacuc bautroi matroi mattrang ngoisao
bienxanh troixanh songhong
baby honey darling sweetheart teamo jetaime saranghae saranghaeyo aishiteru wo ai ni woaini
woaini520 woaini1314 520520 5201314 1314520 1314 yeu1314
chelsea mu manchester manutd liverpool arsenal barcelona realmadrid messi ronaldo cr7 neymar
conghoa doclap tudo hanhphuc doclaptudohanhphuc
686868 868686 68686868 86868686 66668888 88886666 6868 8686 1368 13686868 39393939 79797979
393939 797979 33333333 44444444 55555555 66666666 77777777 88888888 99999999 22222222 00000000
888888888 666666666 999999999 123456abc 123456aa 123456a@ 123456@ 123456a 1234567a 12345678a
123456789a a123456 a12345678 a123456789 aa123456 zz123456 123456zz 12345a 1234a 1234abc
147258369a 123654789 147852369 987456321 321654987 159357 1593570 147896325 963258741
0123456 012345678 0123456789a 0987654321a 0912345678 0901234567 0123123123
nam1990 nu1990 sinhnam sinhnhat ngaysinh
Meomuopan3quachanh Meo muop an 3 qua chanh!
"""

FAMILY = """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong trinh mai dao cao
lam luong ha ta doan vuong chu to tang la kieu quach thai""".split()
MIDDLE = "van thi".split()
GIVEN = """an anh bao binh chau chi chinh cuong dat diep dieu dinh dung duc duong duy giang ha hai han hang
hanh hao hau hien hieu hoa hoai hoang hong hue hung huong huy huyen khang khanh khoa khoi kien lam lan
lien linh loan loc long luan ly mai manh minh my nam nga ngan nghia ngoc nguyet nhan nhat nhi nhung
oanh phat phong phu phuc phuong quan quang quoc quy quyen quynh sang son tai tam tan thai thang thanh
thao thinh tho thu thuan thuy tien tin toan trang tri trinh trong trung tu tuan tung tuyet uyen van
viet vinh vu vy xuan yen""".split()


def entries() -> list[str]:
    words: set[str] = set()
    for block in (INTERNATIONAL, VIETNAMESE):
        for line in block.strip().splitlines():
            if " " in line.strip() and line[0].isupper():  # a phrase: kept whole, spaces removed
                words.add(line.replace(" ", "").lower())
            for word in line.split():
                words.add(word.lower())
    words.update(GIVEN)
    for family in FAMILY:
        words.add(family)
        for given in GIVEN:
            words.add(family + given)
            words.add(given + family)
    for middle in MIDDLE:
        for given in GIVEN:
            words.add(middle + given)
    for base in ("matkhau", "password", "iloveyou", "anhyeuem", "emyeuanh", "vietnam", "admin", "qwerty"):
        for suffix in ("1", "12", "123", "1234", "12345", "123456", "@123", "!", "@", "2024", "2025", "2026"):
            words.add(base + suffix)
    return sorted(w for w in words if w)


def main() -> None:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    items = entries()
    header = ("# Mật khẩu phổ biến mà chương trình từ chối (chữ thường, không dấu, không khoảng trắng).\n"
              "# Sinh bởi tools/make_password_list.py; mỗi dòng một mục.\n")
    TARGET.write_text(header + "\n".join(items) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(items)} mục")


if __name__ == "__main__":
    main()
