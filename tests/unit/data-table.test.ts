import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from '@/components/ui/data-table';

const columns = [{ label: '角色' }, { label: '姓名' }, { label: '职务' }];
const render = (props: Partial<Parameters<typeof DataTable>[0]>) =>
  renderToStaticMarkup(createElement(DataTable, { columns, rows: [], ...props }));

describe('DataTable', () => {
  it('gives each row a header and each other cell its column name for the phone layout', () => {
    const html = render({ caption: '包挂责任人', rows: [{ key: 'a', cells: ['总协调人', '张三', '区长'] }] });
    expect(html).toContain('<caption class="sr-only">包挂责任人</caption>');
    expect(html).toContain('<th scope="col" class="py-2 pr-3 ">角色</th>');
    expect(html).toContain(
      '<th scope="row" class="py-2 pr-3  font-normal">总协调人</th><td data-label="姓名" class="py-2 pr-3 ">张三</td>' +
        '<td data-label="职务" class="py-2 pr-3 ">区长</td>',
    );
  });

  it('spans the columns left with a row’s last cell, and keeps a first cell that is no header a plain cell', () => {
    const html = render({ rows: [{ key: 'a', cells: ['总协调人', '暂无公开记录'] }], rowHeaders: false });
    expect(html).not.toContain('<caption');
    expect(html).toContain(
      '<td class="py-2 pr-3 ">总协调人</td><td data-label="姓名" colSpan="2" class="py-2 pr-3 ">暂无公开记录</td></tr>',
    );
  });
});
