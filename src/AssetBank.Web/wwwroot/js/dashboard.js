// 看板 charts: ECharts, bundled from npm at build time (wwwroot/lib/echarts).
(() => {
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const yuan = (v) => '¥' + Number(v).toLocaleString('zh-CN');
  const trend = echarts.init(document.getElementById('trend'));
  trend.setOption({
    tooltip: { trigger: 'axis', valueFormatter: yuan },
    legend: { data: ['当月节省', '累计节省', '目标进度'] },
    xAxis: { type: 'category', data: data.trend.map((m) => m.month) },
    yAxis: { type: 'value' },
    series: [
      { name: '当月节省', type: 'bar', data: data.trend.map((m) => m.saved) },
      { name: '累计节省', type: 'line', data: data.trend.map((m) => m.cumulative) },
      { name: '目标进度', type: 'line', lineStyle: { type: 'dashed' }, data: data.trend.map((m) => m.targetToDate) },
    ],
  });
  const groups = echarts.init(document.getElementById('groups'));
  groups.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['复用率', '通过', '豁免', '未达标'] },
    xAxis: { type: 'category', data: data.groups.map((g) => g.group) },
    yAxis: [{ type: 'value', name: '项目' }, { type: 'value', name: '复用率', axisLabel: { formatter: (v) => Math.round(v * 100) + '%' } }],
    series: [
      { name: '通过', type: 'bar', stack: 'gate', data: data.groups.map((g) => g.passed) },
      { name: '豁免', type: 'bar', stack: 'gate', data: data.groups.map((g) => g.overridden) },
      { name: '未达标', type: 'bar', stack: 'gate', data: data.groups.map((g) => g.blocked) },
      { name: '复用率', type: 'line', yAxisIndex: 1, data: data.groups.map((g) => g.rate) },
    ],
  });
  window.addEventListener('resize', () => { trend.resize(); groups.resize(); });
  document.body.dataset.chartsReady = 'true';
})();
