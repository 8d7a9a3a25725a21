import { DEFAULT_TOPICS } from '../../electron/core/db/migrations/003-schedule';
import type { ItemKind, Outlet } from '../../shared/domain/types';

/** Words for generated data: organisations, people and titles as the media teams would write them. */
export interface OrgProfile {
  key: 'home-affairs' | 'station' | 'newspaper';
  name: string;
  shortName: string;
  installName: string;
  /** Share of the year's items this organisation produces. */
  share: number;
  outlets: ReadonlyArray<readonly [Outlet, number]>;
  editors: readonly string[];
  producers: readonly string[];
}

export const ORGS: readonly OrgProfile[] = [
  {
    key: 'home-affairs',
    name: 'Sở Nội vụ tỉnh Hải Dương',
    shortName: 'SNV',
    installName: 'SNV-PHONG-CCHC',
    share: 0.15,
    outlets: [['portal', 1]],
    editors: ['Nguyễn Thị Hà', 'Phạm Văn Long'],
    producers: ['Trần Minh Tuấn', 'Lê Thu Trang'],
  },
  {
    key: 'station',
    name: 'Đài Phát thanh và Truyền hình tỉnh Hải Dương',
    shortName: 'PTTH',
    installName: 'PTTH-BIENTAP-01',
    share: 0.5,
    outlets: [
      ['tv', 5],
      ['radio', 3],
      ['district-radio', 2],
    ],
    editors: ['Nguyễn Văn An', 'Đỗ Thị Hồng', 'Vũ Quang Huy', 'Bùi Thị Lan'],
    producers: ['Hoàng Văn Nam', 'Phan Thị Mai', 'Đặng Đức Thắng', 'Ngô Thị Thảo', 'Trịnh Văn Khoa'],
  },
  {
    key: 'newspaper',
    name: 'Báo Hải Dương',
    shortName: 'BHD',
    installName: 'BAOHD-TOASOAN',
    share: 0.35,
    outlets: [
      ['print', 5],
      ['online', 5],
    ],
    editors: ['Lương Thị Ngọc', 'Cao Văn Sơn', 'Đinh Thị Yến'],
    producers: ['Tạ Quang Vinh', 'Mạc Thị Hoa', 'Lý Văn Phúc', 'Kiều Thị Dung'],
  },
];

export const KINDS_BY_OUTLET: Record<Outlet, ReadonlyArray<readonly [ItemKind, number]>> = {
  tv: [
    ['segment', 5],
    ['report', 3],
    ['talkshow', 1],
    ['dialogue', 1],
    ['news', 4],
  ],
  radio: [
    ['segment', 4],
    ['news', 5],
    ['talkshow', 1],
    ['report', 2],
  ],
  'district-radio': [
    ['news', 6],
    ['segment', 2],
    ['other', 1],
  ],
  print: [
    ['article', 8],
    ['report', 2],
    ['news', 3],
  ],
  online: [
    ['article', 6],
    ['news', 6],
    ['report', 1],
  ],
  portal: [
    ['news', 6],
    ['article', 3],
    ['other', 1],
  ],
};

/**
 * The topics the generated items carry: the first ten a new install starts with. Ten, as the generator has always
 * drawn from, so that a seed still gives the same dataset item for item.
 */
export const TOPICS = DEFAULT_TOPICS.slice(0, 10);

export const PLACES = [
  'thành phố Hải Dương',
  'thành phố Chí Linh',
  'thị xã Kinh Môn',
  'huyện Bình Giang',
  'huyện Cẩm Giàng',
  'huyện Gia Lộc',
  'huyện Kim Thành',
  'huyện Nam Sách',
  'huyện Ninh Giang',
  'huyện Thanh Hà',
  'huyện Thanh Miện',
  'huyện Tứ Kỳ',
];

const SUBJECTS = [
  'Giải quyết hồ sơ đúng hạn tại bộ phận một cửa',
  'Người dân nộp hồ sơ trực tuyến',
  'Trả kết quả qua dịch vụ bưu chính công ích',
  'Cán bộ tiếp dân tận tình',
  'Số hóa hồ sơ, kết quả giải quyết TTHC',
  'Đường dây nóng tiếp nhận phản ánh',
  'Nâng cao chỉ số hài lòng của người dân',
  'Cắt giảm thời gian giải quyết thủ tục',
  'Chữ ký số trong cơ quan nhà nước',
  'Mô hình "4 tại chỗ"',
];

const PREFIX: Record<ItemKind, readonly string[]> = {
  segment: ['Chuyên mục CCHC', 'Cải cách hành chính và cuộc sống'],
  article: ['Bài viết', 'Ghi nhận'],
  talkshow: ['Tọa đàm'],
  dialogue: ['Đối thoại'],
  report: ['Phóng sự', 'Ký sự'],
  news: ['Tin', 'Bản tin'],
  other: ['Tuyên truyền'],
};

export function titleFor(kind: ItemKind, pick: <T>(l: readonly T[]) => T): string {
  return `${pick(PREFIX[kind])}: ${pick(SUBJECTS)} ở ${pick(PLACES)}`;
}

export const CANCEL_REASONS = ['Trùng lịch phát sóng sự kiện chính trị', 'Khách mời bận đột xuất', 'Thay bằng nội dung thời sự', 'Chưa đủ tư liệu'];
export const POSTPONE_REASONS = ['Chờ số liệu quý', 'Lịch khách mời thay đổi', 'Ưu tiên tin thời sự'];
export const SLOTS = ['Thời sự 19h00', 'Thời sự 11h30', 'Chương trình sáng 6h30', 'Bản tin 21h00'];
