// 上传: every file is its own request, so each shows its own progress and outcome, and a refused file stops nothing else.
(() => {
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const meta = document.getElementById('upload-meta');
  const rows = document.querySelector('#uploads tbody');
  const drop = document.getElementById('drop');
  const queue = [];
  let running = 0;
  const parallel = 2;

  const text = (element, value) => { element.textContent = value; return element; };

  function row(path) {
    const tr = document.createElement('tr');
    const name = text(document.createElement('td'), path);
    const bar = document.createElement('td');
    bar.innerHTML = '<div class="progress"><div></div></div>';
    const state = text(document.createElement('td'), '等待');
    state.dataset.testid = 'upload-state';
    tr.append(name, bar, state);
    rows.append(tr);
    return { fill: bar.querySelector('.progress > div'), state };
  }

  function enqueue(file, path) {
    if (!meta.reportValidity()) return;
    queue.push({ file, path, view: row(path) });
    pump();
  }

  function pump() {
    while (running < parallel && queue.length > 0) {
      running++;
      send(queue.shift()).finally(() => { running--; pump(); });
    }
  }

  function send(item) {
    return new Promise((resolve) => {
      const form = new FormData();
      for (const [key, value] of new FormData(meta)) form.append(key, value);
      form.append('path', item.path);
      form.append('file', item.file, item.file.name);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/uploads');
      xhr.setRequestHeader('X-CSRF-TOKEN', token);
      xhr.upload.onprogress = (e) => {
        if (!e.lengthComputable) return;
        const share = Math.round((e.loaded / e.total) * 100);
        item.view.fill.style.width = share + '%';
        text(item.view.state, share < 100 ? `上传中 ${share}%` : '入库中…');
      };
      xhr.onload = () => {
        item.view.fill.style.width = '100%';
        let answer = null;
        try { answer = JSON.parse(xhr.responseText); } catch { answer = null; }
        if (xhr.status === 401) {
          text(item.view.state, '登录已过期，请重新登录后再传这个文件').className = 'bad';
        } else if (xhr.status !== 200 || !Array.isArray(answer)) {
          text(item.view.state, `失败：${(answer && (answer.detail || answer.title)) || xhr.status}`).className = 'bad';
        } else {
          const result = answer[0];
          if (result.problem) {
            text(item.view.state, `已拒绝：${result.problem}`).className = 'bad';
          } else if (result.status === 'Failed') {
            text(item.view.state, `已存入，入库失败：${result.ingestionFailure || ''}`).className = 'warn';
          } else {
            item.view.state.textContent = '';
            const link = document.createElement('a');
            link.href = '/?q=' + encodeURIComponent(result.key.split('/').pop().replace(/\.[^.]+$/, ''));
            link.textContent = '已入库 ✓';
            item.view.state.append(link);
            item.view.state.className = 'ok';
          }
        }
        resolve();
      };
      xhr.onerror = () => { text(item.view.state, '网络错误，未上传').className = 'bad'; resolve(); };
      xhr.send(form);
    });
  }

  async function walk(entry, prefix) {
    if (entry.isFile) {
      const file = await new Promise((ok, fail) => entry.file(ok, fail));
      enqueue(file, prefix + file.name);
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      let batch;
      do {
        batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
        for (const child of batch) await walk(child, prefix + entry.name + '/');
      } while (batch.length > 0);
    }
  }

  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', async (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const entries = [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
    if (entries.length > 0) {
      for (const entry of entries) await walk(entry, '');
    } else {
      for (const file of e.dataTransfer.files) enqueue(file, file.name);
    }
  });
  document.getElementById('pick-files').addEventListener('change', (e) => { for (const f of e.target.files) enqueue(f, f.name); e.target.value = ''; });
  document.getElementById('pick-folder').addEventListener('change', (e) => { for (const f of e.target.files) enqueue(f, f.webkitRelativePath || f.name); e.target.value = ''; });
})();
