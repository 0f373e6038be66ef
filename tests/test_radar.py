"""The radar tells the truth: an unrated competency has no point and the line breaks there; labels stay
inside the figure, off the outer ring and off each other, at 17 axes and at 3 axes of long TT 09 text."""

from __future__ import annotations

import math

import pytest

from app.charts.radar import RadarAxis, build_chart

TT02 = ["Đạo đức và bản lĩnh", "Tổ chức thực hiện công việc", "Kỹ thuật soạn thảo và ban hành văn bản",
        "Giao tiếp ứng xử", "Quan hệ phối hợp", "Sử dụng ngoại ngữ", "Sử dụng công nghệ thông tin",
        "Khả năng tham mưu xây dựng văn bản", "Khả năng hướng dẫn thực hiện văn bản",
        "Khả năng kiểm tra thực hiện văn bản", "Khả năng thẩm định, góp ý văn bản",
        "Khả năng phối hợp thực hiện văn bản", "Tư duy chiến lược", "Quản lý sự thay đổi", "Ra quyết định",
        "Quản lý nguồn lực", "Phát triển nhân viên"]
TT09 = ["Nắm vững đường lối, chủ trương của Đảng, pháp luật về ngành, lĩnh vực công tác, các mục tiêu và đối "
        "tượng quản lý, hệ thống các nguyên tắc và cơ chế quản lý nghiệp vụ thuộc phạm vi công tác",
        "Có khả năng tham gia xây dựng và hướng dẫn thực hiện chế độ, chính sách, quy định về quản lý nhà nước "
        "thuộc ngành, lĩnh vực hoặc địa phương công tác; có khả năng tham gia nghiên cứu phục vụ quản lý và xử "
        "lý thông tin quản lý",
        "Có năng lực làm việc độc lập hoặc phối hợp theo nhóm; có kỹ năng soạn thảo văn bản và thuyết trình các "
        "vấn đề được giao tham mưu, đề xuất"]


def _chart(names, scores, other=None, figsize=(5.2, 5.2), fontsize=8.0):
    return build_chart([RadarAxis(n, 2, 3) for n in names], scores, other, figsize=figsize, fontsize=fontsize)


def test_unrated_axis_has_no_point_and_the_line_breaks():
    scores = [3, None, 4, 2, None] + [3] * 12
    chart = _chart(TT02, scores, [2] * 17)
    radii = list(chart.score_line.get_ydata())
    assert math.isnan(radii[1]) and math.isnan(radii[4])  # no marker is drawn at NaN, the line breaks there
    assert radii[0] == 3 and radii[-1] == radii[0]  # closed on the first axis
    assert chart.plotted_scores[1] is None and chart.plotted_scores[2] == 4
    assert 0 not in radii  # never at the centre
    assert "chưa đánh giá" in " ".join(t.get_text() for t in chart.legend.get_texts())


def test_empty_form_draws_no_line():
    chart = _chart(TT09, [None, None, None])
    assert all(math.isnan(r) for r in chart.score_line.get_ydata())


@pytest.mark.parametrize(("names", "figsize", "fontsize"), [
    (TT02, (5.2, 5.2), 8.0), (TT09, (5.2, 5.2), 8.0), (TT02, (160 / 25.4, 118 / 25.4), 9.0),
    (TT09, (160 / 25.4, 118 / 25.4), 9.0), (TT02, (4.0, 4.0), 8.0)])
def test_labels_fit_inside_the_figure_off_the_ring_and_each_other(names, figsize, fontsize):
    chart = _chart(names, [3] * len(names), figsize=figsize, fontsize=fontsize)
    chart.figure.canvas.draw()  # measured after a real draw
    renderer = chart.figure.canvas.get_renderer()
    assert chart.label_problems(renderer) == []
    boxes = [t.get_window_extent(renderer) for t in chart.labels]
    for placed, real in zip(chart.placed_boxes(), boxes, strict=True):  # the fit's boxes are the drawn ones
        assert max(abs(a - b) for a, b in zip(placed.extents, real.extents)) < 1.0
    fig = chart.figure.bbox
    assert all(fig.x0 <= b.x0 and b.x1 <= fig.x1 and fig.y0 <= b.y0 and b.y1 <= fig.y1 for b in boxes)
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert min(t.get_fontsize() for t in chart.labels) >= 6
    for i, (t, name) in enumerate(zip(chart.labels, names, strict=True), start=1):
        assert t.get_text().split()[0] == f"{i}."  # numbered as the form's table
        assert chart.full_label(i - 1) == f"{i}. {name}"  # the full text for the tooltip


def test_long_tt09_text_wraps_over_several_lines():
    chart = _chart(TT09, [3, 3, 3])
    assert all(t.get_text().count("\n") >= 2 for t in chart.labels)
