import { registerTranslations } from '../../i18n';

registerTranslations('tour', {
  vi: {
    label: 'Hướng dẫn nhanh',
    stepOf: 'Bước {{n}}/{{total}}',
    open: 'Mở màn hình này',
    next: 'Tiếp',
    back: 'Quay lại',
    skip: 'Bỏ qua',
    finish: 'Xong',
    steps: {
      plan: {
        title: 'Lên lịch cho một tháng',
        body: 'Vào Lịch, chọn tháng rồi bấm "+ Thêm mục" để đưa chuyên mục, bài viết, tọa đàm vào lịch, gắn với nhiệm vụ trong kế hoạch. Một chuyên mục định kỳ tạo sẵn các kỳ cho cả năm.',
      },
      done: {
        title: 'Đánh dấu đã phát sóng, đã đăng',
        body: 'Khi một mục đã lên sóng hoặc lên báo, mở mục đó và bấm "Đánh dấu đã phát sóng": ghi ngày giờ, thời lượng và tệp minh chứng nếu có. "Việc của tôi" liệt kê các mục bạn phụ trách.',
      },
      matrix: {
        title: 'Xem ma trận theo dõi',
        body: 'Theo dõi cho thấy từng nhiệm vụ của kế hoạch theo từng kỳ: đạt, trễ, thiếu hay sắp tới, kèm các cảnh báo cần xử lý trước khi hết kỳ.',
      },
      report: {
        title: 'Xuất báo cáo',
        body: 'Báo cáo tạo văn bản báo cáo kết quả theo kỳ (Word, Excel) từ chính dữ liệu đã ghi, sẵn để trình ký.',
      },
    },
    panel: {
      title: 'Hướng dẫn nhanh',
      body: 'Xem lại bốn việc chính: lên lịch tháng, đánh dấu đã phát sóng, xem ma trận theo dõi và xuất báo cáo.',
      start: 'Xem hướng dẫn nhanh',
    },
  },
  en: {
    label: 'Quick tour',
    stepOf: 'Step {{n}} of {{total}}',
    open: 'Open this screen',
    next: 'Next',
    back: 'Back',
    skip: 'Skip',
    finish: 'Done',
    steps: {
      plan: {
        title: 'Plan a month',
        body: 'In Schedule, pick a month and press "+ Add item" to put columns, articles and talk shows on the calendar, linked to tasks of the plan. A recurring column creates its episodes for the whole year.',
      },
      done: {
        title: 'Mark items aired or published',
        body: 'When an item has aired or been published, open it and press "Mark as aired": record the date, time, duration and an evidence file if you have one. "My items" lists what you are responsible for.',
      },
      matrix: {
        title: 'See the matrix',
        body: 'Tracking shows every task of the plan for each period: met, late, missing or upcoming, with the warnings to act on before a period ends.',
      },
      report: {
        title: 'Export the report',
        body: 'Reports builds the period report (Word, Excel) from the data you recorded, ready to be signed.',
      },
    },
    panel: {
      title: 'Quick tour',
      body: 'Go through the four main things again: plan a month, mark items aired, see the matrix and export the report.',
      start: 'Show the quick tour',
    },
  },
});
