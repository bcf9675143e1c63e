"""A synthetic corpus shaped like provincial Party news, seeded and reproducible.

    python bench/generate.py DIR --count 10000 [--seed 1]

Each article (~3 KB) has a title, a dateline, an outlet code opening the lead,
a dated meeting of a provincial body with session number, khóa and nhiệm kỳ, a
list of officials with their titles, awards to units and counted groups,
figures, a cited document, filler paragraphs and a byline. Names follow the
real distribution of Vietnamese family names; titles, bodies and provinces come
from kg's own data files.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from kg.resources import outlets

# share of the population (%), the rest spread over the other family names
FAMILY = {"Nguyễn": 38, "Trần": 11, "Lê": 9.5, "Phạm": 7, "Hoàng": 5, "Phan": 4.5, "Vũ": 4, "Đặng": 2.1,
          "Bùi": 2, "Đỗ": 1.4, "Hồ": 1.3, "Ngô": 1.3, "Dương": 1, "Lý": 0.5, "Ma": 0.3, "Lò": 0.3, "Sùng": 0.2,
          "Giàng": 0.2, "Vàng": 0.2, "Nông": 0.3, "Triệu": 0.3, "Lường": 0.2, "Hà": 0.4, "Đinh": 0.4}
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quốc", "Xuân", "Thanh", "Hữu", "Công", "Ngọc", "Hồng", "Đình", "Trọng",
          "Quang", "Thế", "Mạnh", "Tiến", "Anh", "Thu", "Kim", "Seo", "A"]
GIVEN = ["Sơn", "Hùng", "Hồng", "Hải", "Hà", "Hương", "Lan", "Long", "Minh", "Nam", "Phong", "Quân", "Thắng",
         "Thành", "Tuấn", "Tùng", "Việt", "Vinh", "Dũng", "Bình", "Cường", "Hòa", "Khánh", "Linh", "Mai", "Nga",
         "Phương", "Quý", "Tâm", "Thảo", "Trung", "Vân", "Yến", "Chiến", "Đông", "Giang", "Hiếu", "Lộc", "Nhung",
         "Páo", "Chư", "Dợ", "Súa", "Lềnh", "Tài", "Thủy", "Trang", "Tú"]
TITLES = ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy",
          "Trưởng Ban Tuyên giáo Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Phó Chủ tịch UBND tỉnh", "Tỉnh ủy viên",
          "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Chánh Văn phòng Tỉnh ủy", "Giám đốc Sở Nội vụ",
          "Bí thư Đảng ủy Khối các cơ quan tỉnh", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Dân vận Tỉnh ủy",
          "Phó Bí thư Thường trực Tỉnh ủy", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Nông dân tỉnh"]
BODIES = ["Đảng ủy Khối các cơ quan tỉnh", "Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy", "Huyện ủy {d}",
          "Đảng bộ huyện {d}", "Hội Cựu chiến binh tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh", "Thành ủy {d}"]
DISTRICTS = ["Bắc Mê", "Yên Minh", "Mèo Vạc", "Đồng Văn", "Vị Xuyên", "Quản Bạ", "Xín Mần", "Bắc Quang",
             "Na Hang", "Lâm Bình", "Chiêm Hóa", "Hàm Yên", "Sơn Dương", "Cao Lộc", "Văn Lãng", "Tràng Định"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
         "XVII", "XVIII", "XIX", "XX"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
FILLER = [
    "Trong năm qua, các cấp ủy, tổ chức đảng đã tập trung lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị, "
    "công tác xây dựng Đảng và hệ thống chính trị đạt nhiều kết quả quan trọng.",
    "Công tác giáo dục chính trị, tư tưởng được tăng cường; việc học tập và làm theo tư tưởng, đạo đức, phong "
    "cách Hồ Chí Minh được triển khai sâu rộng.",
    "Công tác kiểm tra, giám sát được thực hiện thường xuyên, chặt chẽ; công tác dân vận được quan tâm, đổi mới "
    "nội dung và phương thức hoạt động.",
    "Các đại biểu đã tập trung thảo luận, đánh giá những kết quả đạt được, chỉ ra những hạn chế, khuyết điểm và "
    "đề ra phương hướng, nhiệm vụ, giải pháp trọng tâm thời gian tới.",
    "Hội nghị thống nhất cao với các nội dung trình tại hội nghị, đồng thời đề nghị các cấp ủy tiếp tục nâng cao "
    "chất lượng sinh hoạt chi bộ, phát triển đảng viên ở khu vực doanh nghiệp.",
]


def _name(r: random.Random) -> str:
    fam = r.choices(list(FAMILY), weights=list(FAMILY.values()))[0]
    parts = [fam, r.choice(MIDDLE)] + ([r.choice(GIVEN)] if r.random() < 0.3 else []) + [r.choice(GIVEN)]
    return " ".join(parts)


def article(i: int, seed: int = 1) -> str:
    """The i-th synthetic article of a seeded corpus."""
    r = random.Random(seed * 1_000_003 + i)
    year = r.randint(2019, 2024)
    month, day = r.randint(1, 12), r.randint(1, 27)
    codes = [c for c, o in outlets().items() if c.isupper() and o.province]
    code = r.choice(codes)
    district = r.choice(DISTRICTS)
    body = r.choice(BODIES).format(d=district)
    session, term = r.randint(1, 20), r.choice(ROMAN)
    start = year - year % 5
    people = [(_name(r), r.sample(TITLES, r.randint(1, 3))) for _ in range(r.randint(2, 5))]
    officials = "; ".join(f"{n}, {', '.join(ts)}" for n, ts in people)
    chair = people[0][0]
    lines = [
        f"{body} tổ chức Hội nghị lần thứ {session}",
        "",
        f"{WEEKDAYS[r.randint(0, 6)]}, {day + 1:02d}/{month:02d}/{year}, {r.randint(7, 20):02d}:{r.randint(0, 59):02d} (GMT+7)",
        "",
        f"{code} - Ngày {day}/{month}, {body} tổ chức Hội nghị Ban Chấp hành lần thứ {session}, khóa {term}, "
        f"nhiệm kỳ {start} – {start + 5}.",
        "",
        f"Dự hội nghị có các đồng chí: {officials}.",
        "",
        f"Đồng chí {chair} chủ trì hội nghị.",
        "",
        " ".join(r.sample(FILLER, 3)),
        "",
        f"Trong năm {year - 1}, Đảng bộ đã kết nạp được {r.randint(20, 900)} đảng viên; thi hành kỷ luật "
        f"{r.randint(1, 30)} đảng viên. Đến nay, Đảng bộ có {r.randint(20, 120)} tổ chức cơ sở đảng với "
        f"{r.randint(1, 9)}.{r.randint(100, 999)} đảng viên.",
        "",
        f"Hội nghị đã quán triệt Chỉ thị số {r.randint(1, 40):02d}-CT/TW của Bộ Chính trị và Nghị quyết số "
        f"{r.randint(1, 60)}-NQ/TU, ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{year - 1} của Ban Chấp hành Đảng bộ tỉnh.",
        "",
        " ".join(r.sample(FILLER, 3)),
        "",
        f"Nhân dịp này, {body} trao Cờ Thi đua cho tập thể Đảng bộ xã {r.choice(DISTRICTS)}; tặng Bằng khen cho "
        f"{r.randint(2, 9)} tập thể và {r.randint(2, 15)} cá nhân có thành tích xuất sắc.",
        "",
        " ".join(r.sample(FILLER, 2)),
        "",
        f"Tin, ảnh: {_name(r).rsplit(' ', 2)[-2]} {r.choice(GIVEN)}",
    ]
    return "\n".join(lines) + "\n"


def generate(target: Path, count: int, seed: int = 1, start: int = 0) -> Path:
    """Write `count` articles under `target` (1,000 a folder); returns `target`."""
    for i in range(start, start + count):
        folder = target / f"{i // 1000:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i:07d}.txt").write_text(article(i, seed), encoding="utf-8")
    return target


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("target", type=Path)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0, help="number of the first article (to add new ones)")
    a = ap.parse_args()
    generate(a.target, a.count, a.seed, a.start)
    print(f"wrote {a.count:,} articles under {a.target}")


if __name__ == "__main__":
    main()
