<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Fruit photos: &lt;b&gt;Fruits-360&lt;/b&gt; by Horea Mureșan and Mihai Oltean, licensed CC BY-SA 4.0 (github.com/fruits-360).</source>
        <translation>水果照片：&lt;b&gt;Fruits-360&lt;/b&gt;，作者 Horea Mureșan 和 Mihai Oltean，采用 CC BY-SA 4.0 许可（github.com/fruits-360）。</translation>
    </message>
    <message>
        <source>Background photos used for augmentation: CC0, public domain or CC BY, credited in their folder&apos;s README.</source>
        <translation>用于数据增强的背景照片：CC0、公有领域或 CC BY，出处见其文件夹中的 README。</translation>
    </message>
    <message>
        <source>Built with TensorFlow, Keras, Qt for Python (PySide6), pyqtgraph, Pillow and NumPy.</source>
        <translation>基于 TensorFlow、Keras、Qt for Python（PySide6）、pyqtgraph、Pillow 和 NumPy 构建。</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <source>Computes on</source>
        <translation>计算设备</translation>
    </message>
    <message>
        <source>not known until TensorFlow has loaded</source>
        <translation>TensorFlow 加载后才能知道</translation>
    </message>
    <message>
        <source>About FruitClassifier</source>
        <translation>关于 FruitClassifier</translation>
    </message>
    <message>
        <source>Classify fruit photos by drag-and-drop; train and compare your own networks.</source>
        <translation>拖放水果照片即可识别；还可以训练和比较自己的网络。</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>没有结果。</translation>
    </message>
    <message>
        <source>Says {answer} (closest: {closest}).</source>
        <translation>结果：{answer}（最接近：{closest}）。</translation>
    </message>
    <message>
        <source>Says {answer}.</source>
        <translation>结果：{answer}。</translation>
    </message>
    <message>
        <source>The warm colours show where it looked.</source>
        <translation>暖色显示了它关注的位置。</translation>
    </message>
</context>
<context>
    <name>ArchSettings</name>
    <message>
        <source>What to train</source>
        <translation>要训练的网络</translation>
    </message>
    <message>
        <source>Checked networks train one after another, in this order. Their settings:</source>
        <translation>勾选的网络按此顺序依次训练。各自的设置：</translation>
    </message>
    <message>
        <source>{network} — pretrained on ImageNet, or from scratch</source>
        <translation>{network} — 在 ImageNet 上预训练，或从头训练</translation>
    </message>
    <message>
        <source>{network} — small and fast, trained from scratch</source>
        <translation>{network} — 小巧快速，从头训练</translation>
    </message>
    <message>
        <source>Check at least one network to train.</source>
        <translation>请至少勾选一个要训练的网络。</translation>
    </message>
    <message>
        <source>{network}: {problem}</source>
        <translation>{network}：{problem}</translation>
    </message>
</context>
<context>
    <name>Architecture</name>
    <message>
        <source>Custom CNN</source>
        <extracomment>The networks&apos; names as the window shows them (architectures.TABLE&apos;s titles, marked here: that module is Qt-free and also feeds the CLI, which stays English). VGG16, ResNet50 and EfficientNet-Lite0 are names.</extracomment>
        <translation>自定义 CNN</translation>
    </message>
    <message>
        <source>Compact CNN</source>
        <translation>紧凑型 CNN</translation>
    </message>
    <message>
        <source>Custom CNN (Fruits-360 style)</source>
        <translation>自定义 CNN（Fruits-360 风格）</translation>
    </message>
    <message>
        <source>Compact CNN (BatchNorm, for real photos)</source>
        <translation>紧凑型 CNN（BatchNorm，适合真实照片）</translation>
    </message>
    <message>
        <source>EfficientNet-Lite0 (pretrained, fast)</source>
        <translation>EfficientNet-Lite0（预训练，速度快）</translation>
    </message>
</context>
<context>
    <name>BestModelRow</name>
    <message>
        <source>Open Best in Classify</source>
        <translation>在“识别”中打开最佳模型</translation>
    </message>
    <message>
        <source>The best trial&apos;s model is kept in the library; the others are deleted</source>
        <translation>最佳试验的模型保留在模型库中，其余的会被删除</translation>
    </message>
    <message>
        <source>Open Best in Compare</source>
        <translation>在“比较”中打开最佳模型</translation>
    </message>
    <message>
        <source>Tick the best trial&apos;s model in Compare (with the study&apos;s test folder, if any), to measure it against other models</source>
        <translation>在“比较”中勾选最佳试验的模型（如果调参研究有测试文件夹，一并选用），与其他模型进行对比</translation>
    </message>
    <message>
        <source>The best model “{name}” cannot be opened here: {reason} (a study shared with another machine keeps it in the library of the machine that trained it).</source>
        <translation>无法在此打开最佳模型“{name}”：{reason}（与其他机器共享的调参研究会把它保存在训练它的那台机器的模型库中）。</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Every camera this computer reports, or a video file played as a camera</source>
        <translation>这台电脑报告的所有摄像头，或当作摄像头播放的视频文件</translation>
    </message>
    <message>
        <source>front</source>
        <translation>前置</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>后置</translation>
    </message>
    <message>
        <source>{camera} ({position})</source>
        <translation>{camera}（{position}）</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <source>{name} (video)</source>
        <translation>{name}（视频）</translation>
    </message>
</context>
<context>
    <name>ClassBars</name>
    <message>
        <source>images</source>
        <translation>图片数</translation>
    </message>
</context>
<context>
    <name>ClassifyJobs</name>
    <message>
        <source>Looking for images…</source>
        <translation>正在查找图片…</translation>
    </message>
    <message>
        <source>Loading the model “{name}”…</source>
        <translation>正在加载模型“{name}”…</translation>
    </message>
    <message>
        <source>Classified {done} of {total}</source>
        <translation>已识别 {done}/{total}</translation>
    </message>
</context>
<context>
    <name>ClassifyPage</name>
    <message>
        <source>There is no model to classify with yet: train one on the Train page, or import a .keras file on the Models page.</source>
        <translation>还没有可用于识别的模型：请在“训练”页训练一个，或在“模型”页导入 .keras 文件。</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>从列表中移除所有结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Not one of mine:</source>
        <translation>不认识：</translation>
    </message>
    <message>
        <source>Pasted picture {number}</source>
        <translation>粘贴的图片 {number}</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files: copy a photo or a file first.</source>
        <translation>剪贴板中没有图片，也没有图片文件：请先复制一张照片或一个文件。</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <source>Open Folder of Images</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Classification stopped: {reason}</source>
        <translation>识别已停止：{reason}</translation>
    </message>
    <message>
        <source>There are no results to export yet: drop some photos first.</source>
        <translation>还没有可导出的结果：请先拖入一些照片。</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>无法写入 {path}：{reason}。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Quit FruitClassifier</source>
        <translation>退出 FruitClassifier</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Train on several machines</source>
        <translation>多机训练</translation>
    </message>
    <message>
        <source>e.g. {example} (HOST or HOST:PORT)</source>
        <translation>例如 {example}（主机或主机:端口）</translation>
    </message>
    <message>
        <source>Start as Chief</source>
        <translation>作为主节点启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>This machine&apos;s address (the chief):</source>
        <translation>本机地址（主节点）：</translation>
    </message>
    <message>
        <source>Port (open it on every machine):</source>
        <translation>端口（需在每台机器上开放）：</translation>
    </message>
    <message>
        <source>The other machines:</source>
        <translation>其他机器：</translation>
    </message>
    <message>
        <source>Run on each other machine (same data folder, same app version):</source>
        <translation>在其他每台机器上运行（相同的数据文件夹、相同的应用版本）：</translation>
    </message>
    <message>
        <source># on {host}</source>
        <translation># 在 {host} 上</translation>
    </message>
    <message>
        <source>(name the other machines above)</source>
        <translation>（请在上方填写其他机器）</translation>
    </message>
    <message>
        <source>{host} can only be reached from this machine: type this machine&apos;s network address above, so the others can dial it.</source>
        <translation>{host} 只能从本机访问：请在上方填写本机的网络地址，以便其他机器连接。</translation>
    </message>
    <message>
        <source>Start the chief here, then the commands above on the other machines.</source>
        <translation>先在这里启动主节点，再在其他机器上运行上面的命令。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the other %n worker(s) to join: start the commands above on them…</source>
        <translation>
            <numerusform>正在等待其余 %n 个工作节点加入：请在这些机器上运行上面的命令…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>将在当前批次结束后停止…</translation>
    </message>
    <message>
        <source>All {count} workers joined; training.</source>
        <translation>全部 {count} 个工作节点已加入，正在训练。</translation>
    </message>
    <message>
        <source>Done: saved as {name}.</source>
        <translation>完成：已保存为 {name}。</translation>
    </message>
    <message>
        <source>The chief ended with status {code}; its log is below.</source>
        <translation>主节点以状态 {code} 结束，日志如下。</translation>
    </message>
</context>
<context>
    <name>CompareJobs</name>
    <message>
        <source>Listing the test images…</source>
        <translation>正在列出测试图片…</translation>
    </message>
    <message>
        <source>Evaluating {model} ({number} of {count}): {done} of {total} images</source>
        <translation>正在评估 {model}（第 {number}/{count} 个）：{done}/{total} 张图片</translation>
    </message>
    <message>
        <source>Loading {model} ({number} of {count})…</source>
        <translation>正在加载 {model}（第 {number}/{count} 个）…</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>正在询问 {model}…</translation>
    </message>
    <message>
        <source>Grad-CAM follows…</source>
        <translation>稍后显示 Grad-CAM…</translation>
    </message>
    <message>
        <source>Grad-CAM for {model}…</source>
        <translation>正在为 {model} 生成 Grad-CAM…</translation>
    </message>
    <message>
        <source>No Grad-CAM for this model ({error})</source>
        <translation>此模型无法生成 Grad-CAM（{error}）</translation>
    </message>
    <message>
        <source>Grad-CAM is flat: at this input size the model&apos;s last feature map is too coarse to show where it looked.</source>
        <translation>Grad-CAM 没有起伏：在此输入尺寸下，模型最后一层特征图太粗糙，无法显示它关注的位置。</translation>
    </message>
    <message>
        <source>Drawing the report figures…</source>
        <translation>正在绘制报告图表…</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Tick two or more models on the left, choose a test folder they were not trained on, and press Compare. You will see which model is more accurate, faster and smaller, whether either overfits, where each goes wrong, and where each one looks in a photo. Results are remembered, so the same comparison opens instantly next time.</source>
        <translation>在左侧勾选两个或更多模型，选择一个它们没有训练过的测试文件夹，然后按“比较”。可以看到哪个模型更准确、更快、更小，是否有模型过拟合，各自在哪里出错，以及各自关注照片的哪个部分。结果会被记住，下次同样的比较会立即打开。</translation>
    </message>
    <message>
        <source>Press Compare to evaluate the ticked models on this folder.</source>
        <translation>按“比较”，在此文件夹上评估勾选的模型。</translation>
    </message>
    <message>
        <source>Click a cell to see its images.</source>
        <translation>点击单元格可查看其中的图片。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Per-Class F1</source>
        <translation>各类别 F1</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Try a Photo</source>
        <translation>试一张照片</translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation>并排比较模型</translation>
    </message>
    <message>
        <source>Tick at least two models to compare</source>
        <translation>请至少勾选两个模型进行比较</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>将在当前批次结束后停止…</translation>
    </message>
    <message>
        <source>Comparison cancelled; models evaluated before the stop are cached for next time.</source>
        <translation>比较已取消；停止前已评估的模型已缓存，下次可直接使用。</translation>
    </message>
    <message>
        <source>Could not compare: {reason}</source>
        <translation>无法比较：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>{model}: %n image(s) of {true} recognised correctly</source>
        <translation>
            <numerusform>{model}：{true} 的 %n 张图片识别正确</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{model}: %n image(s) of {true} taken for {predicted}</source>
        <translation>
            <numerusform>{model}：{true} 的 %n 张图片被误认为 {predicted}</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one model first.</source>
        <translation>请先至少勾选一个模型。</translation>
    </message>
    <message>
        <source>Save the Report in…</source>
        <translation>将报告保存到…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>Report written to {folder} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</source>
        <translation>报告已写入 {folder} — &lt;a href=&apos;{url}&apos;&gt;打开文件夹&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Could not write the report: {reason}</source>
        <translation>无法写入报告：{reason}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>{count} test images in {folder}.</source>
        <translation>{folder} 中有 {count} 张测试图片。</translation>
    </message>
    <message>
        <source>All results from the cache (same model files, same images).</source>
        <translation>所有结果均来自缓存（相同的模型文件、相同的图片）。</translation>
    </message>
    <message>
        <source>Cached: {models}.</source>
        <translation>已缓存：{models}。</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Folder of class folders</source>
        <translation>包含各类别文件夹的文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Write report.md, metrics.json and the figures (as `compare --report DIR`)</source>
        <translation>写出 report.md、metrics.json 和图表（同 `compare --report DIR`）</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>要比较的模型</translation>
    </message>
    <message>
        <source>Test folder</source>
        <translation>测试文件夹</translation>
    </message>
    <message>
        <source>Choose a Test Folder</source>
        <translation>选择测试文件夹</translation>
    </message>
    <message>
        <source>The test split of {model}&apos;s data set.</source>
        <translation>{model} 数据集的测试部分。</translation>
    </message>
    <message>
        <source>Choose a folder of class folders that the models were not trained on.</source>
        <translation>请选择一个包含各类别文件夹、且这些模型没有训练过的文件夹。</translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Test folder</source>
        <translation>测试文件夹</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Freeze backbone</source>
        <translation>冻结主干网络</translation>
    </message>
    <message>
        <source>Fine-tune layers</source>
        <translation>微调层数</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2 惩罚</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>早停</translation>
    </message>
    <message>
        <source>Reduce LR after</source>
        <translation>降低学习率的等待轮数</translation>
    </message>
    <message>
        <source>Class weights</source>
        <translation>类别权重</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Mixed precision</source>
        <translation>混合精度</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Learn “not one of mine”</source>
        <translation>学习“不认识”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>翻转</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Blur / noise</source>
        <translation>模糊 / 噪点</translation>
    </message>
    <message>
        <source>Backgrounds folder</source>
        <translation>背景文件夹</translation>
    </message>
    <message>
        <source>Background probability</source>
        <translation>背景概率</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础设置</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验次数</translation>
    </message>
    <message>
        <source>Epochs per trial</source>
        <translation>每次试验轮数</translation>
    </message>
    <message>
        <source>Augment strength</source>
        <translation>增强强度</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>调参研究</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>Pruner</source>
        <translation>剪枝器</translation>
    </message>
    <message>
        <source>auto</source>
        <extracomment>Choices that are words rather than names (architectures, TensorFlow, PyTorch and &quot;tpe&quot; stay as they are).</extracomment>
        <translation>自动</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>ImageNet</source>
        <extracomment>VGG16/ResNet50 download ImageNet weights once; EfficientNet-Lite0&apos;s ship with the app (see the tooltip).</extracomment>
        <translation>ImageNet</translation>
    </message>
    <message>
        <source>None (from scratch)</source>
        <translation>无（从头训练）</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>What an empty editor shows, taken from its help&apos;s &quot;(0: …)&quot; or &quot;(empty: …)&quot; (config_form._hint).</extracomment>
        <translation>默认</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>the Test/ beside the data, if any</source>
        <translation>数据旁的 Test/（如有）</translation>
    </message>
    <message>
        <source>a journal file in the app&apos;s data folder</source>
        <translation>应用数据文件夹中的记录文件</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>Confusion matrix: {title}</source>
        <translation>混淆矩阵：{title}</translation>
    </message>
    <message numerus="yes">
        <source>{right} of {total} images on the diagonal (right), %n classes; click a cell to see its images</source>
        <translation>
            <numerusform>{total} 张图片中有 {right} 张位于对角线上（正确），共 %n 个类别；点击单元格可查看其中的图片</numerusform>
        </translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} recognised correctly ({share} of {true})</source>
        <translation>
            <numerusform>{true} 的 %n 张图片识别正确（占 {true} 的 {share}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} taken for {predicted} ({share} of {true})</source>
        <translation>
            <numerusform>{true} 的 %n 张图片被误认为 {predicted}（占 {true} 的 {share}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} recognised correctly</source>
        <translation>
            <numerusform>{true} 的 %n 张图片识别正确</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} taken for {predicted}</source>
        <translation>
            <numerusform>{true} 的 %n 张图片被误认为 {predicted}</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them</source>
        <translation>点击查看</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>{model} — accuracy {accuracy}</source>
        <translation>{model} — 准确率 {accuracy}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>复制详细信息</translation>
    </message>
    <message numerus="yes">
        <source>Something went wrong that the app did not expect (%n error(s) so far): {error}

You can go on working; if something looks wrong, save your work and restart. To report it, copy the details below (and attach the log file: {log}).</source>
        <translation>
            <numerusform>发生了应用未预料到的错误（目前共 %n 个）：{error}

可以继续工作；如果有异常，请保存工作并重新启动。如需报告，请复制下方的详细信息（并附上日志文件：{log}）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurvesOverlay</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>No training history is stored for these models</source>
        <translation>这些模型没有保存训练历史</translation>
    </message>
    <message>
        <source>Training: solid lines, filled dots · validation: dashed lines, open dots</source>
        <translation>训练：实线、实心点 · 验证：虚线、空心点</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
</context>
<context>
    <name>CurvesPlot</name>
    <message>
        <source>Loss</source>
        <extracomment>(key, title, series, legend offset): the legend sits where its curves usually are not.</extracomment>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>No training history stored for this model</source>
        <translation>此模型没有保存训练历史</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message numerus="yes">
        <source>%Ln files were not opened to look for damaged ones; any that cannot be read are skipped during training.</source>
        <translation>
            <numerusform>有 %Ln 个文件未打开检查是否损坏；训练时会跳过无法读取的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the files in {folder} could be read as images (e.g. {file}: {reason}): choose a folder of photos.</source>
        <translation>{folder} 中没有文件能作为图片读取（例如 {file}：{reason}）：请选择一个照片文件夹。</translation>
    </message>
    <message>
        <source>None of the files in {folder} could be read as images: choose a folder of photos.</source>
        <translation>{folder} 中没有文件能作为图片读取：请选择一个照片文件夹。</translation>
    </message>
    <message>
        <source>Only one class ({name}) has readable images: training needs at least two class folders with photos.</source>
        <translation>只有一个类别（{name}）有可读取的图片：训练至少需要两个含有照片的类别文件夹。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of photos per class</source>
        <translation>每个类别一个照片子文件夹的文件夹</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Validation split:</source>
        <translation>验证集比例：</translation>
    </message>
    <message>
        <source>Test folder:</source>
        <translation>测试文件夹：</translation>
    </message>
    <message>
        <source>Choose the training data folder</source>
        <translation>选择训练数据文件夹</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>尚未选择文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… 还有 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable files (skipped):</source>
        <translation>无法读取的文件（已跳过）：</translation>
    </message>
    <message>
        <source>automatic: {folder}/</source>
        <translation>自动：{folder}/</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>≈ %Ln images for validation</source>
        <translation>
            <numerusform>≈ %Ln 张图片用于验证</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning the data folder…</source>
        <translation>正在扫描数据文件夹…</translation>
    </message>
    <message>
        <source>Choose a data folder first.</source>
        <translation>请先选择数据文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; images</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; classes</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source>{images} in {classes}</source>
        <translation>{images}，分属 {classes}</translation>
    </message>
    <message>
        <source>{width}×{height} px</source>
        <translation>{width}×{height} px</translation>
    </message>
    <message>
        <source>training on {train}/, testing on {test}/</source>
        <translation>在 {train}/ 上训练，在 {test}/ 上测试</translation>
    </message>
    <message>
        <source>&lt;i&gt;checking files…&lt;/i&gt;</source>
        <translation>&lt;i&gt;正在检查文件…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Computing Grad-CAM…</source>
        <translation>正在计算 Grad-CAM…</translation>
    </message>
    <message>
        <source>Loading TensorFlow for Grad-CAM (only the first heat map waits for it, a few seconds to half a minute)…</source>
        <extracomment>The first heat map waits for TensorFlow to load (seconds; answers never do): say so, not just &quot;Computing&quot;.</extracomment>
        <translation>正在为 Grad-CAM 加载 TensorFlow（只有第一张热力图需要等待，几秒到半分钟）…</translation>
    </message>
    <message>
        <source>No Grad-CAM: {reason}</source>
        <translation>无法生成 Grad-CAM：{reason}</translation>
    </message>
</context>
<context>
    <name>DisagreementGallery</name>
    <message>
        <source>Images any model gets wrong or the models disagree on</source>
        <extracomment>(key, what the filter box says: translated in the DisagreementGallery context)</extracomment>
        <translation>任一模型出错或模型之间有分歧的图片</translation>
    </message>
    <message>
        <source>Images the models disagree on</source>
        <translation>模型之间有分歧的图片</translation>
    </message>
    <message>
        <source>Images every model gets wrong</source>
        <translation>所有模型都出错的图片</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>None of the {total} test images: the models agree and are right.</source>
        <translation>{total} 张测试图片中没有这样的图片：各模型结果一致且正确。</translation>
    </message>
    <message>
        <source>{count} of {total} test images (showing the first {shown}); double-click one to see where each model looked</source>
        <translation>{total} 张测试图片中有 {count} 张（显示前 {shown} 张）；双击一张可查看每个模型关注的位置</translation>
    </message>
    <message>
        <source>{count} of {total} test images; double-click one to see where each model looked</source>
        <translation>{total} 张测试图片中有 {count} 张；双击一张可查看每个模型关注的位置</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop fruit photos here — or press Ctrl+O</source>
        <translation>将水果照片拖到这里——或按 Ctrl+O</translation>
    </message>
    <message>
        <source>Whole folders work too, and so does pasting a picture with Ctrl+V.</source>
        <translation>也可以拖入整个文件夹，或用 Ctrl+V 粘贴图片。</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <extracomment>The image files the open dialogs offer (what core/data/images decodes).</extracomment>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Photos: drop photos or folders here to classify them</source>
        <translation>照片：将照片或文件夹拖到这里进行识别</translation>
    </message>
</context>
<context>
    <name>F1Bars</name>
    <message>
        <source>F1 per class (1.0 = every image of the class found, nothing else taken for it)</source>
        <translation>各类别的 F1（1.0 = 找出该类别的所有图片，且没有把其他图片误认为该类别）</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Compare models to see how well each one does on every class</source>
        <translation>比较模型，查看每个模型在各个类别上的表现</translation>
    </message>
</context>
<context>
    <name>Fruit</name>
    <message>
        <source>Red apple (10)</source>
        <translation>红苹果（10）</translation>
    </message>
    <message>
        <source>Red apple (11)</source>
        <translation>红苹果（11）</translation>
    </message>
    <message>
        <source>Red apple (12)</source>
        <translation>红苹果（12）</translation>
    </message>
    <message>
        <source>Golden apple</source>
        <translation>金冠苹果</translation>
    </message>
    <message>
        <source>Granny Smith apple</source>
        <translation>澳洲青苹</translation>
    </message>
    <message>
        <source>Pink Lady apple</source>
        <translation>粉红佳人苹果</translation>
    </message>
    <message>
        <source>Red Delicious apple</source>
        <translation>蛇果</translation>
    </message>
    <message>
        <source>Royal Gala apple</source>
        <translation>嘎啦苹果</translation>
    </message>
    <message>
        <source>Asparagus</source>
        <translation>芦笋</translation>
    </message>
    <message>
        <source>Aubergine</source>
        <translation>茄子</translation>
    </message>
    <message>
        <source>Banana</source>
        <translation>香蕉</translation>
    </message>
    <message>
        <source>Beef tomato</source>
        <translation>牛排番茄</translation>
    </message>
    <message>
        <source>Brown cap mushroom</source>
        <translation>褐蘑菇</translation>
    </message>
    <message>
        <source>Cabbage</source>
        <translation>卷心菜</translation>
    </message>
    <message>
        <source>Cantaloupe</source>
        <translation>哈密瓜</translation>
    </message>
    <message>
        <source>Carrot</source>
        <translation>胡萝卜</translation>
    </message>
    <message>
        <source>Cucumber</source>
        <translation>黄瓜</translation>
    </message>
    <message>
        <source>Floury potato</source>
        <translation>粉质土豆</translation>
    </message>
    <message>
        <source>Galia melon</source>
        <translation>加利亚甜瓜</translation>
    </message>
    <message>
        <source>Garlic</source>
        <translation>大蒜</translation>
    </message>
    <message>
        <source>Ginger</source>
        <translation>生姜</translation>
    </message>
    <message>
        <source>White grape</source>
        <translation>白葡萄</translation>
    </message>
    <message>
        <source>Green bell pepper</source>
        <translation>青椒</translation>
    </message>
    <message>
        <source>Honeydew melon</source>
        <translation>蜜瓜</translation>
    </message>
    <message>
        <source>Kiwi</source>
        <translation>猕猴桃</translation>
    </message>
    <message>
        <source>Leek</source>
        <translation>韭葱</translation>
    </message>
    <message>
        <source>Lemon</source>
        <translation>柠檬</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>青柠</translation>
    </message>
    <message>
        <source>Mango</source>
        <translation>芒果</translation>
    </message>
    <message>
        <source>Nectarine</source>
        <translation>油桃</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙子</translation>
    </message>
    <message>
        <source>Orange bell pepper</source>
        <translation>橙甜椒</translation>
    </message>
    <message>
        <source>Papaya</source>
        <translation>木瓜</translation>
    </message>
    <message>
        <source>Peach</source>
        <translation>桃子</translation>
    </message>
    <message>
        <source>Pineapple</source>
        <translation>菠萝</translation>
    </message>
    <message>
        <source>Beetroot</source>
        <translation>甜菜根</translation>
    </message>
    <message>
        <source>Red bell pepper</source>
        <translation>红甜椒</translation>
    </message>
    <message>
        <source>Red grapefruit</source>
        <translation>红心西柚</translation>
    </message>
    <message>
        <source>Satsuma</source>
        <translation>温州蜜柑</translation>
    </message>
    <message>
        <source>Waxy potato</source>
        <translation>蜡质土豆</translation>
    </message>
    <message>
        <source>Strawberry</source>
        <translation>草莓</translation>
    </message>
    <message>
        <source>Sweet potato</source>
        <translation>红薯</translation>
    </message>
    <message>
        <source>Tomato</source>
        <translation>番茄</translation>
    </message>
    <message>
        <source>Vine tomato</source>
        <translation>带藤番茄</translation>
    </message>
    <message>
        <source>Watermelon</source>
        <translation>西瓜</translation>
    </message>
    <message>
        <source>Yellow bell pepper</source>
        <translation>黄甜椒</translation>
    </message>
    <message>
        <source>Yellow onion</source>
        <translation>黄洋葱</translation>
    </message>
    <message>
        <source>Zucchini</source>
        <translation>西葫芦</translation>
    </message>
    <message>
        <source>Not one of my fruits</source>
        <translation>不是我认识的水果</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>true: {name}</source>
        <translation>真实：{name}</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>True class: {name}</source>
        <translation>真实类别：{name}</translation>
    </message>
    <message>
        <source>{model}: {answer} ({probability})</source>
        <translation>{model}：{answer}（{probability}）</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Selected photo</source>
        <translation>选中的照片</translation>
    </message>
</context>
<context>
    <name>ImportModelDialog</name>
    <message>
        <source>As the file says (Teachable Machine export, a scaling layer inside, uint8 quantisation)</source>
        <translation>按文件所述（Teachable Machine 导出、内含缩放层、uint8 量化）</translation>
    </message>
    <message>
        <source>How the model&apos;s author fed it pixels; a wrong choice gives confident, wrong answers</source>
        <translation>模型作者向它输入像素的方式；选错会得到很有把握却错误的结果</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>As the file says: {classes}</source>
        <translation>按文件所述：{classes}</translation>
    </message>
    <message>
        <source>From a file (labels.txt: &apos;0 Lemon&apos; or one name a line; or a .json list)</source>
        <translation>来自文件（labels.txt：“0 Lemon”或每行一个名称；或 .json 列表）</translation>
    </message>
    <message>
        <source>Typed, separated by commas</source>
        <translation>手动输入，用逗号分隔</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>apple, banana, kiwi</source>
        <translation>苹果, 香蕉, 猕猴桃</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was exported by this app from “{model}”: it carries its class names, its pixel scaling and its “not one of my fruits” answer.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; 由本应用从“{model}”导出：它带有自己的类别名称、像素缩放方式和“不是我认识的水果”结果。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order (found {labels} beside it: {classes}):</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; 不是由本应用制作的。请按输出顺序给出其类别名称（在旁边找到了 {labels}：{classes}）：</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order (found {labels} beside it):</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; 不是由本应用制作的。请按输出顺序给出其类别名称（在旁边找到了 {labels}）：</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order:</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; 不是由本应用制作的。请按输出顺序给出其类别名称：</translation>
    </message>
    <message>
        <source>Pixels scaled to:</source>
        <translation>像素缩放到：</translation>
    </message>
    <message>
        <source>Name in the library:</source>
        <translation>在模型库中的名称：</translation>
    </message>
    <message>
        <source>Class Names File</source>
        <translation>类别名称文件</translation>
    </message>
    <message>
        <source>Class names ({patterns})</source>
        <translation>类别名称 ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>所有文件 ({patterns})</translation>
    </message>
</context>
<context>
    <name>ImportanceBars</name>
    <message>
        <source>Which settings mattered</source>
        <translation>哪些设置影响最大</translation>
    </message>
    <message>
        <source>Shown once {count} trials have finished with different settings</source>
        <translation>有 {count} 次不同设置的试验完成后显示</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>FruitClassifier speaks {language} from its next start.</source>
        <translation>FruitClassifier 下次启动时将使用“{language}”。</translation>
    </message>
    <message>
        <source>Restarting now closes the window as Quit does: photos in Classify are not kept, a running training is asked about first.</source>
        <translation>立即重启会像“退出”一样关闭窗口：“识别”中的照片不会保留，正在进行的训练会先询问。</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>LiveBars</name>
    <message>
        <source>Hold a fruit up to the camera</source>
        <translation>把水果举到摄像头前</translation>
    </message>
    <message>
        <source>Not sure — maybe {label}</source>
        <translation>不确定——可能是{label}</translation>
    </message>
</context>
<context>
    <name>LiveCamera</name>
    <message>
        <source>No camera found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <source>Plug one in, or open a video file instead.</source>
        <translation>请插入摄像头，或改为打开视频文件。</translation>
    </message>
    <message>
        <source>This app may not use the camera.</source>
        <translation>本应用无权使用摄像头。</translation>
    </message>
    <message>
        <source>Allow it in the system settings (macOS: Privacy &amp; Security › Camera), then open the live view again.</source>
        <translation>请在系统设置中允许（macOS：隐私与安全性 › 摄像头），然后重新打开实时摄像头。</translation>
    </message>
    <message>
        <source>{camera} could not start ({reason}).</source>
        <translation>{camera} 无法启动（{reason}）。</translation>
    </message>
    <message>
        <source>{camera} could not start.</source>
        <translation>{camera} 无法启动。</translation>
    </message>
    <message>
        <source>Close other apps that use the camera, then pick it again.</source>
        <translation>请关闭其他正在使用摄像头的应用，然后重新选择它。</translation>
    </message>
    <message>
        <source>{camera} was disconnected.</source>
        <translation>{camera} 已断开连接。</translation>
    </message>
    <message>
        <source>Plug it back in, then pick it again.</source>
        <translation>请重新插入，然后再次选择它。</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>training, per batch</source>
        <extracomment>series name → (legend text or None, colour, pen style, width, symbol)</extracomment>
        <translation>训练，每批次</translation>
    </message>
    <message>
        <source>training, epoch mean</source>
        <translation>训练，每轮平均</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>training, smoothed</source>
        <extracomment>what the hover readout calls each series, and how far (in epochs) a point may be from the mouse</extracomment>
        <translation>训练，平滑</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>epoch {x}</source>
        <translation>第 {x} 轮</translation>
    </message>
    <message>
        <source>{series}: {value}  (at {x})</source>
        <translation>{series}：{value}（第 {x} 轮）</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Mirror</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Add this picture to the results list (for This is… and Grad-CAM)</source>
        <translation>将此画面添加到结果列表（用于“这是…”和 Grad-CAM）</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <source>class, or a new name</source>
        <translation>类别，或新名称</translation>
    </message>
    <message>
        <source>Hold to record</source>
        <translation>按住录制</translation>
    </message>
    <message>
        <source>While held, saves {rate} photos a second into the class, for Teach</source>
        <translation>按住时，每秒将 {rate} 张照片保存到该类别，供“教它”使用</translation>
    </message>
    <message>
        <source>Cameras are unavailable here ({reason}). Open a video file instead.</source>
        <translation>此处无法使用摄像头（{reason}）。请改为打开视频文件。</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>正在启动 {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n photo(s) of “{name}” for teaching. Press Teach to teach the model.</source>
        <translation>
            <numerusform>已为“{name}”保存 %n 张照片用于教学。按“教它”让模型学习。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>已保存 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>视频 ({patterns})</translation>
    </message>
    <message>
        <source>Teach:</source>
        <translation>教它：</translation>
    </message>
    <message>
        <source>The video has ended. Pick a camera or open another video.</source>
        <translation>视频已结束。请选择一个摄像头或打开另一个视频。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>正在录制…</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <source>Live Camera — FruitClassifier</source>
        <translation>实时摄像头 — FruitClassifier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete / Backspace</source>
        <translation>Delete / Backspace</translation>
    </message>
    <message>
        <source>Remove the selected results (Classify)</source>
        <translation>移除选中的结果（识别）</translation>
    </message>
    <message>
        <source>Rename the selected model (Models)</source>
        <translation>重命名选中的模型（模型）</translation>
    </message>
    <message>
        <source>Double-click a model</source>
        <translation>双击模型</translation>
    </message>
    <message>
        <source>Open it in Classify</source>
        <translation>在“识别”中打开</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Tune</source>
        <translation>调参</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <source>Classify photos from files</source>
        <translation>识别文件中的照片</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <source>Classify every photo in a folder and its sub-folders</source>
        <translation>识别文件夹及其子文件夹中的所有照片</translation>
    </message>
    <message>
        <source>Live Camera…</source>
        <translation>实时摄像头…</translation>
    </message>
    <message>
        <source>Hold a fruit up to a camera, or play a video as one: snapshot, record samples to teach</source>
        <translation>把水果举到摄像头前，或把视频当作摄像头播放：拍快照、录制样本来教它</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Import Model…</source>
        <translation>导入模型…</translation>
    </message>
    <message>
        <source>Add a .keras model to the library</source>
        <translation>将 .keras 模型添加到模型库</translation>
    </message>
    <message>
        <source>Export Results as CSV…</source>
        <translation>将结果导出为 CSV…</translation>
    </message>
    <message>
        <source>Save the Classify results as a spreadsheet</source>
        <translation>将识别结果保存为电子表格</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About FruitClassifier</source>
        <translation>关于 FruitClassifier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>撤销上一次删除</translation>
    </message>
    <message>
        <source>Copy Results</source>
        <translation>复制结果</translation>
    </message>
    <message>
        <source>Copy the selected Classify results as text (all of them when none is selected)</source>
        <translation>将选中的识别结果复制为文本（未选中时复制全部）</translation>
    </message>
    <message>
        <source>Paste Images</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <source>Classify a copied picture or copied image files</source>
        <translation>识别复制的图片或图片文件</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select every result</source>
        <translation>选择所有结果</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected results (Classify) or delete the model (Models)</source>
        <translation>移除选中的结果（识别）或删除模型（模型）</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n result(s)</source>
        <translation>
            <numerusform>已复制 %n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no results to copy</source>
        <translation>没有可复制的结果</translation>
    </message>
    <message>
        <source>Copy Results copies the Classify view&apos;s results</source>
        <translation>“复制结果”复制的是识别视图中的结果</translation>
    </message>
    <message>
        <source>Moved to the trash: Edit › Undo brings it back</source>
        <translation>已移到回收站：“编辑 › 撤销”可恢复</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>As the Desktop</source>
        <translation>跟随桌面</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Answers: {runtime} · CPU</source>
        <translation>识别引擎：{runtime} · CPU</translation>
    </message>
    <message>
        <source>Photos are answered without TensorFlow; it loads when training, Grad-CAM or export first needs it</source>
        <translation>识别照片无需 TensorFlow；训练、Grad-CAM 或导出首次需要它时才会加载</translation>
    </message>
    <message>
        <source>Bring the model just deleted back from the trash</source>
        <translation>从回收站恢复刚删除的模型</translation>
    </message>
    <message>
        <source>Training runs on: {device}; photos are answered by LiteRT on the CPU</source>
        <translation>训练运行于：{device}；照片由 CPU 上的 LiteRT 识别</translation>
    </message>
    <message>
        <source>TensorFlow unavailable</source>
        <translation>TensorFlow 不可用</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>正在停止后台任务…</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Overfitting: try more data, augmentation, dropout or fewer epochs</source>
        <extracomment>Row order (the CLI table&apos;s columns, the name being the column header here).</extracomment>
        <translation>过拟合：可尝试更多数据、数据增强、Dropout 或更少的轮数</translation>
    </message>
    <message>
        <source>Fails on validation from the start (not overfitting): check the data split, preprocessing or BatchNorm</source>
        <translation>从一开始在验证集上就表现差（不是过拟合）：请检查数据划分、预处理或 BatchNorm</translation>
    </message>
    <message>
        <source>The network architecture</source>
        <translation>网络架构</translation>
    </message>
    <message>
        <source>Share of the test images answered correctly (higher is better)</source>
        <translation>测试图片中被正确识别的比例（越高越好）</translation>
    </message>
    <message>
        <source>F1 averaged over the classes, so a model that ignores a small class scores low (higher is better)</source>
        <translation>各类别 F1 的平均值，因此忽略小类别的模型得分会很低（越高越好）</translation>
    </message>
    <message>
        <source>Cross-entropy on this folder: mean −log(probability given to the right class) over every image (lower is better)</source>
        <translation>此文件夹上的交叉熵：所有图片上 −log(正确类别的概率) 的平均值（越低越好）</translation>
    </message>
    <message>
        <source>Number of weights in the network (fewer is lighter)</source>
        <translation>网络中的权重数量（越少越轻量）</translation>
    </message>
    <message>
        <source>Size of the model file (smaller is better)</source>
        <translation>模型文件的大小（越小越好）</translation>
    </message>
    <message>
        <source>Time to classify one test image on this computer, decoding included (lower is faster)</source>
        <translation>在这台电脑上识别一张测试图片的耗时，包括解码（越低越快）</translation>
    </message>
    <message>
        <source>How long training took</source>
        <translation>训练耗时</translation>
    </message>
    <message>
        <source>Passes over the training data</source>
        <translation>遍历训练数据的轮数</translation>
    </message>
    <message>
        <source>Best validation accuracy seen during training (higher is better)</source>
        <translation>训练期间的最佳验证准确率（越高越好）</translation>
    </message>
    <message>
        <source>Best validation accuracy minus accuracy on this folder. Red above {limit}: the model learned its training photos and does not carry over to these (overfitting)</source>
        <translation>最佳验证准确率减去在此文件夹上的准确率。高于 {limit} 时标红：模型记住了它的训练照片，无法推广到这些照片（过拟合）</translation>
    </message>
    <message>
        <source>Training minus validation accuracy in the last epoch. Red above {limit} when the model overfits (validation loss rising) or fails on validation from the start</source>
        <translation>最后一轮的训练准确率减去验证准确率。模型过拟合（验证损失上升）或从一开始在验证集上就表现差时，高于 {limit} 标红</translation>
    </message>
    <message>
        <source>{model}: {metric} {value}</source>
        <translation>{model}：{metric} {value}</translation>
    </message>
    <message>
        <source>Best of the {count} models</source>
        <translation>{count} 个模型中最好的</translation>
    </message>
</context>
<context>
    <name>ModelAnswers</name>
    <message>
        <source>Drop a fruit photo here to see every model&apos;s answer and where it looked</source>
        <translation>将水果照片拖到这里，查看每个模型的结果及其关注的位置</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Drop a photo on this tab, or choose one; double-click a thumbnail in the other tabs to bring it here.</source>
        <translation>将照片拖到此标签页，或选择一张；在其他标签页中双击缩略图也可将其带到这里。</translation>
    </message>
    <message>
        <source>Each model gives its top three answers and a Grad-CAM heat map.</source>
        <translation>每个模型给出前三个结果和一张 Grad-CAM 热力图。</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>选择照片</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Bundled with the app (read-only)</source>
        <translation>随应用附带（只读）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Imported {format} ({file}), pixels scaled {scaling} ({scaling_from})</source>
        <translation>导入的 {format}（{file}），像素缩放为 {scaling}（{scaling_from}）</translation>
    </message>
    <message>
        <source>{folder} (on the computer that built this model)</source>
        <translation>{folder}（在构建此模型的电脑上）</translation>
    </message>
    <message>
        <source>{folder} (not on this computer)</source>
        <translation>{folder}（不在这台电脑上）</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>{size}×{size} px</source>
        <translation>{size}×{size} px</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Epochs trained</source>
        <translation>已训练轮数</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>训练设备</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Cannot be opened:</source>
        <translation>无法打开：</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Class names ({count})</source>
        <translation>类别名称（{count}）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select a model to see what it knows and how it was trained.</source>
        <translation>选择一个模型，查看它认识哪些类别以及它是如何训练的。</translation>
    </message>
    <message>
        <source>Accuracy on held-out real photos</source>
        <translation>留出真实照片上的准确率</translation>
    </message>
    <message>
        <source>Held-out real photos</source>
        <translation>留出的真实照片</translation>
    </message>
    <message>
        <source>Same, exact variety</source>
        <translation>同上，品种须完全一致</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>测试图片</translation>
    </message>
    <message>
        <source>Own fruit called “not one of mine”</source>
        <translation>已知水果被判为“不认识”</translation>
    </message>
    <message>
        <source>Packaged goods refused</source>
        <translation>包装商品拒绝识别</translation>
    </message>
    <message>
        <source>Fruit-free photos refused</source>
        <translation>无水果照片拒绝识别</translation>
    </message>
    <message>
        <source>Unseen fruit refused</source>
        <translation>未见过的水果拒绝识别</translation>
    </message>
    <message>
        <source>AUROC known vs unseen fruit</source>
        <translation>AUROC（已知与未见过的水果）</translation>
    </message>
    <message>
        <source>Largest share of wrong answers one label takes</source>
        <translation>单个标签占错误答案的最大比例</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Training–validation gap</source>
        <translation>训练–验证差距</translation>
    </message>
    <message>
        <source>Accuracy on generated scenes</source>
        <translation>生成场景上的准确率</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <source>Backbone frozen</source>
        <translation>主干网络已冻结</translation>
    </message>
    <message>
        <source>Fine-tuned layers</source>
        <translation>微调层数</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2 惩罚</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>No model yet: train one or import a .keras file</source>
        <translation>还没有模型：请训练一个或导入 .keras 文件</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Bundled models come with the app and are read-only: import or train a copy to change one.</source>
        <translation>附带的模型随应用提供，为只读：如需修改，请导入或训练一个副本。</translation>
    </message>
    <message>
        <source>This folder cannot be opened: {problem} You can delete it or show it in its folder.</source>
        <translation>无法打开此文件夹：{problem} 可以将其删除，或在文件夹中显示它。</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>Cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>附带</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
</context>
<context>
    <name>ModelTableModel</name>
    <message numerus="yes">
        <source>%n classes + not one of mine</source>
        <translation>
            <numerusform>%n 个类别 + 不认识</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelWords</name>
    <message>
        <source>{percent} on Fruits-360 Test</source>
        <translation>{percent}（Fruits-360 测试集）</translation>
    </message>
    <message>
        <source>{percent} on test set</source>
        <translation>{percent}（测试集）</translation>
    </message>
    <message>
        <source>{percent} on validation</source>
        <translation>{percent}（验证集）</translation>
    </message>
    <message>
        <source>{percent} on held-out real shop photos</source>
        <translation>{percent}（留出的真实商店照片）</translation>
    </message>
    <message>
        <source>{percent} on real photos</source>
        <translation>{percent}（真实照片）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{names}, … ({count} more)</source>
        <translation>{names}，…（还有 {count} 个）</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>随应用附带</translation>
    </message>
    <message>
        <source>your model</source>
        <translation>我的模型</translation>
    </message>
    <message>
        <source>Architecture: {arch}; input {size}×{size} px</source>
        <translation>架构：{arch}；输入 {size}×{size} px</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}</source>
        <translation>准确率：{accuracy}</translation>
    </message>
    <message>
        <source>Accuracy: not measured</source>
        <translation>准确率：未测量</translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation>创建时间：{date}</translation>
    </message>
    <message>
        <source>Classes ({count}): {names}</source>
        <translation>类别（{count}）：{names}</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>文件夹：{path}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Import Model…</source>
        <translation>导入模型…</translation>
    </message>
    <message>
        <source>Add a model made elsewhere to the library: a .keras, .h5 or .tflite file, or a SavedModel folder (its saved_model.pb)</source>
        <translation>将在别处制作的模型添加到模型库：.keras、.h5 或 .tflite 文件，或 SavedModel 文件夹（其中的 saved_model.pb）</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Give the selected model a new name</source>
        <translation>给选中的模型改名</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Move the selected model to the trash (asks first; Edit › Undo brings it back)</source>
        <translation>将选中的模型移到回收站（会先询问；“编辑 › 撤销”可恢复）</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Open the model&apos;s folder</source>
        <translation>打开模型所在的文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the selected model in a format other tools can run</source>
        <translation>以其他工具可运行的格式保存选中的模型</translation>
    </message>
    <message>
        <source>As TensorFlow SavedModel…</source>
        <translation>导出为 TensorFlow SavedModel…</translation>
    </message>
    <message>
        <source>As TFLite (for phones)…</source>
        <translation>导出为 TFLite（用于手机）…</translation>
    </message>
    <message>
        <source>Open in Classify</source>
        <translation>在“识别”中打开</translation>
    </message>
    <message>
        <source>Classify photos with the selected model</source>
        <translation>用选中的模型识别照片</translation>
    </message>
    <message>
        <source>Delete the selected model from the library</source>
        <translation>从模型库中删除选中的模型</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>已将“{old}”重命名为“{new}”。</translation>
    </message>
    <message>
        <source>Delete Model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Move “{name}” and its files to the trash? Edit › Undo brings it back.</source>
        <translation>将“{name}”及其文件移到回收站？“编辑 › 撤销”可恢复。</translation>
    </message>
    <message>
        <source>Undo Delete “{name}”</source>
        <translation>撤销删除“{name}”</translation>
    </message>
    <message>
        <source>Deleted “{name}” (moved to the trash: Edit › Undo brings it back).</source>
        <translation>已删除“{name}”（已移到回收站：“编辑 › 撤销”可恢复）。</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>已删除“{name}”。</translation>
    </message>
    <message>
        <source>{reason}.

Delete “{name}” for good? It cannot be brought back.</source>
        <translation>{reason}。

要永久删除“{name}”吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>“{name}” is back in the library.</source>
        <translation>“{name}”已回到模型库。</translation>
    </message>
    <message>
        <source>Could not open a file manager; the model is in {folder}</source>
        <translation>无法打开文件管理器；模型位于 {folder}</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Models ({patterns})</source>
        <translation>模型 ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>所有文件 ({patterns})</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Imported “{name}” ({classes}).</source>
        <translation>已导入“{name}”（{classes}）。</translation>
    </message>
    <message>
        <source>Export SavedModel Into Folder</source>
        <translation>将 SavedModel 导出到文件夹</translation>
    </message>
    <message>
        <source>Export TFLite Model</source>
        <translation>导出 TFLite 模型</translation>
    </message>
    <message>
        <source>TFLite models ({patterns})</source>
        <translation>TFLite 模型 ({patterns})</translation>
    </message>
    <message>
        <source>Exporting “{name}” as {format}…</source>
        <translation>正在将“{name}”导出为 {format}…</translation>
    </message>
    <message>
        <source>Exported “{name}” as {format} to {path}. It gives the same answers as the original on {count} sample photos (largest difference {difference}).</source>
        <translation>已将“{name}”以 {format} 格式导出到 {path}。它在 {count} 张示例照片上与原模型给出相同的结果（最大差异 {difference}）。</translation>
    </message>
    <message>
        <source>{task} (waiting for TensorFlow to load)</source>
        <translation>{task}（正在等待 TensorFlow 加载）</translation>
    </message>
</context>
<context>
    <name>PathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>ProbBars</name>
    <message>
        <source>Top answers</source>
        <translation>最可能的结果</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>{help}: the lowest value tried (equal ends fix it)</source>
        <translation>{help}：尝试的最小值（两端相等则固定为该值）</translation>
    </message>
    <message>
        <source>{help}: the highest value tried (equal ends fix it)</source>
        <translation>{help}：尝试的最大值（两端相等则固定为该值）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Classify it again</source>
        <translation>再次识别</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>模型：{name}</translation>
    </message>
    <message>
        <source>Classify with this model</source>
        <translation>用此模型识别</translation>
    </message>
    <message>
        <source>No Recent Items</source>
        <translation>无最近项目</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <source>“{name}” is no longer in the library</source>
        <translation>“{name}”已不在模型库中</translation>
    </message>
</context>
<context>
    <name>RefusalPicker</name>
    <message>
        <source>Rarely</source>
        <translation>很少</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Readily</source>
        <translation>积极</translation>
    </message>
    <message>
        <source>own fruit refused {percent}</source>
        <extracomment>(metadata key, how the tooltip words its figure) for each level&apos;s measured refusals.</extracomment>
        <translation>已知水果拒绝识别 {percent}</translation>
    </message>
    <message>
        <source>unknown fruit refused {percent}</source>
        <translation>未知水果拒绝识别 {percent}</translation>
    </message>
    <message>
        <source>packaged goods refused {percent}</source>
        <translation>包装商品拒绝识别 {percent}</translation>
    </message>
    <message>
        <source>How readily to answer “Not one of my fruits” for a photo the model is unsure shows one of its fruits.</source>
        <translation>模型不确定照片中是否是它认识的水果时，回答“不是我认识的水果”的积极程度。</translation>
    </message>
    <message>
        <source>This model has one threshold: the setting does not apply to it.</source>
        <translation>此模型只有一个阈值：此设置对它不适用。</translation>
    </message>
    <message>
        <source>{level}: {figures}</source>
        <translation>{level}：{figures}</translation>
    </message>
    <message>
        <source>measured threshold</source>
        <translation>实测阈值</translation>
    </message>
    <message>
        <source>{level} (the model&apos;s default)</source>
        <translation>{level}（模型默认）</translation>
    </message>
    <message>
        <source>Figures: real shop photos held out from training.</source>
        <translation>数据：未参与训练的真实商店照片。</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>Not sure</source>
        <extracomment>The badge on a result row for each state that needs one.</extracomment>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Not one of mine</source>
        <translation>不认识</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <extracomment>The narrowest row that still shows a name, its bars and &quot;100,0 %&quot;: Classify&apos;s list keeps at least this width (longer languages widen the panes beside it); rows take the view&apos;s width (no sideways scrolling).</extracomment>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>正在识别…</translation>
    </message>
</context>
<context>
    <name>ResultDetail</name>
    <message>
        <source>Show where the model looked (Grad-CAM)</source>
        <translation>显示模型关注的位置（Grad-CAM）</translation>
    </message>
    <message>
        <source>Colours the parts of the picture that pushed the model towards its answer (red: strong, blue: weak). Shown on the square crop the model sees.</source>
        <translation>为图片中促使模型得出结果的部分着色（红色：强，蓝色：弱）。显示在模型所见的方形裁剪图上。</translation>
    </message>
    <message>
        <source>No photo selected</source>
        <translation>未选择照片</translation>
    </message>
    <message>
        <source>Select a result to see it larger, with its top three answers.</source>
        <translation>选择一个结果，查看大图及其前三个结果。</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>{name} — classifying…</source>
        <translation>{name} — 正在识别…</translation>
    </message>
    <message>
        <source>{unknown} (closest: {label})</source>
        <translation>{unknown}（最接近：{label}）</translation>
    </message>
    <message>
        <source>Not sure — maybe {label}</source>
        <translation>不确定——可能是{label}</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <source>pasted picture</source>
        <translation>粘贴的图片</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>The model is getting better at its training images than at images it has not seen. Try augmentation, more dropout or L2, early stopping, or more training photos. The best epoch (by validation accuracy) is what gets saved.</source>
        <translation>模型在训练图片上的表现越来越好于没见过的图片。可尝试数据增强、更多 Dropout 或 L2、早停，或更多训练照片。保存的是（按验证准确率）最好的那一轮。</translation>
    </message>
    <message>
        <source>More regularisation will not help here: check that the validation images look like the training images, the preprocessing, and models with BatchNorm trained for very few epochs.</source>
        <translation>增加正则化在这里没有帮助：请检查验证图片是否与训练图片相似、预处理，以及带 BatchNorm 且只训练了很少几轮的模型。</translation>
    </message>
    <message>
        <source>Overfitting?</source>
        <extracomment>badge text and tooltip advice per diagnose_fit kind (translated in the RunMonitor context); other kinds: no badge</extracomment>
        <translation>过拟合？</translation>
    </message>
    <message>
        <source>Fails on validation?</source>
        <translation>验证集表现差？</translation>
    </message>
    <message>
        <source>Nothing is training.</source>
        <translation>当前没有训练任务。</translation>
    </message>
    <message>
        <source>Messages from training appear here.</source>
        <translation>训练消息会显示在这里。</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>{outcome} after {duration}</source>
        <translation>{outcome}，用时 {duration}</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>设备：{device}</translation>
    </message>
    <message>
        <source>Where this training runs: the device and the Keras backend (TensorFlow or PyTorch)</source>
        <translation>此训练运行的位置：设备和 Keras 后端（TensorFlow 或 PyTorch）</translation>
    </message>
    <message>
        <source>Training {network} on {images} images ({validation} for validation), {batches} batches per epoch, on {device}.</source>
        <translation>正在 {device} 上训练 {network}：{images} 张图片（其中 {validation} 张用于验证），每轮 {batches} 个批次。</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}: {scores} ({seconds} s)</source>
        <translation>第 {epoch}/{epochs} 轮：{scores}（{seconds} 秒）</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>第 {epoch}/{epochs} 轮 · 批次 {batch}/{batches}</translation>
    </message>
    <message>
        <source>ETA {duration} · {rate} images/s</source>
        <translation>剩余 {duration} · {rate} 张图片/秒</translation>
    </message>
</context>
<context>
    <name>ScalingPreview</name>
    <message>
        <source>Preview answers on sample photos</source>
        <extracomment>runner(job, on_done, on_failed): runs ``job()`` in the background, then one of the callbacks on the GUI thread.</extracomment>
        <translation>在示例照片上预览结果</translation>
    </message>
    <message>
        <source>Runs the model on the bundled sample photos under each scaling</source>
        <translation>在每种缩放方式下，用附带的示例照片运行模型</translation>
    </message>
    <message>
        <source>Answering the sample photos…</source>
        <translation>正在识别示例照片…</translation>
    </message>
    <message>
        <source>Pick the column whose answers match the photos (click its header).</source>
        <translation>请选择结果与照片相符的那一列（点击其表头）。</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>无法预览：{reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>SpaceForm</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2 惩罚</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Backbone layers trained</source>
        <translation>训练的主干网络层数</translation>
    </message>
    <message>
        <source>Epochs per trial</source>
        <translation>每次试验轮数</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验次数</translation>
    </message>
    <message>
        <source>Study name</source>
        <translation>调参研究名称</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>Stop weak trials early</source>
        <translation>提前停止表现差的试验</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>a journal file in the app&apos;s data folder</source>
        <translation>应用数据文件夹中的记录文件</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>No trial is training here.</source>
        <translation>此处没有正在训练的试验。</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>A searched setting as the running text names it (translated in the StudyView context).</extracomment>
        <translation>学习率</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>l2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>augment strength</source>
        <translation>增强强度</translation>
    </message>
    <message>
        <source>fine tune layers</source>
        <translation>微调层数</translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>Trial states as the summary line counts them (&quot;2 running, 5 complete&quot;).</extracomment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (training here): {settings}</source>
        <translation>&lt;b&gt;试验 {number}&lt;/b&gt;（在此训练）：{settings}</translation>
    </message>
    <message>
        <source>No study “{study}” in {storage} yet.</source>
        <translation>{storage} 中还没有调参研究“{study}”。</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{state} {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{study}&lt;/b&gt;: {count} of {budget} trials ({states}) · storage {storage}</source>
        <translation>&lt;b&gt;{study}&lt;/b&gt;：{count}/{budget} 次试验（{states}）· 存储 {storage}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{study}&lt;/b&gt;: {count} trials ({states}) · storage {storage}</source>
        <translation>&lt;b&gt;{study}&lt;/b&gt;：{count} 次试验（{states}）· 存储 {storage}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;trial {number}&lt;/b&gt;, validation accuracy {accuracy} ({settings})</source>
        <translation>最佳：&lt;b&gt;试验 {number}&lt;/b&gt;，验证准确率 {accuracy}（{settings}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (another worker on {worker}): validation accuracy per epoch</source>
        <translation>&lt;b&gt;试验 {number}&lt;/b&gt;（{worker} 上的另一个工作节点）：每轮的验证准确率</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (another worker): validation accuracy per epoch</source>
        <translation>&lt;b&gt;试验 {number}&lt;/b&gt;（另一个工作节点）：每轮的验证准确率</translation>
    </message>
</context>
<context>
    <name>TeachController</name>
    <message>
        <source>This is…</source>
        <translation>这是…</translation>
    </message>
    <message>
        <source>Tell the model what the selected photos really show (copies them into its teaching set)</source>
        <translation>告诉模型选中的照片实际是什么（将其复制到教学照片中）</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s) as “{name}”.</source>
        <translation>
            <numerusform>已将 %n 张照片添加为“{name}”。</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder} holds no class folders of photos: drop a folder with one sub-folder per class.</source>
        <translation>{folder} 中没有含照片的类别文件夹：请拖入一个每个类别一个子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>Waiting for TensorFlow to load…</source>
        <translation>正在等待 TensorFlow 加载…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Saved “{name}”; your photos are part of it now. {score}</source>
        <translation>已保存“{name}”，照片已融入模型。{score}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed:</source>
        <translation>
            <numerusform>%n 个结果发生了变化：</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer in the list changed.</source>
        <translation>列表中没有结果发生变化。</translation>
    </message>
</context>
<context>
    <name>TeachPanel</name>
    <message>
        <source>Teach this model your own photos: select results on the left, press “This is…” and pick or type the right class. You can also drop a folder of class folders here.</source>
        <translation>用自己的照片教这个模型：在左侧选择结果，按“这是…”，然后选择或输入正确的类别。也可以将包含各类别文件夹的文件夹拖到这里。</translation>
    </message>
    <message>
        <source>Teaching set</source>
        <translation>教学照片</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected copies from the teaching set (your photos stay)</source>
        <translation>从教学照片中移除选中的副本（原照片保留）</translation>
    </message>
    <message>
        <source>Teach</source>
        <translation>教它</translation>
    </message>
    <message>
        <source>Save a copy of this model that has learned the teaching set</source>
        <translation>保存此模型的一个副本，它已学会这些教学照片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {classes}</source>
        <translation>
            <numerusform>%n 张照片：{classes}</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning: pass {number} of {total}</source>
        <translation>学习中：第 {number}/{total} 遍</translation>
    </message>
    <message>
        <source>Go back to “{name}”</source>
        <translation>返回“{name}”</translation>
    </message>
</context>
<context>
    <name>TeachScore</name>
    <message>
        <source>Classes you did not teach: {before} of {held} set-aside images right before, {after} after (too few for a score).</source>
        <extracomment>Fewer held-back photos than this give counts, not a percentage: &quot;0 % → 100 %&quot; of one photo misleads.</extracomment>
        <translation>未教的类别：留出的 {held} 张图片中，之前正确 {before} 张，之后正确 {after} 张（太少，无法计算得分）。</translation>
    </message>
    <message numerus="yes">
        <source>Classes you did not teach: {before} → {after} right (%n set-aside image(s)).</source>
        <translation>
            <numerusform>未教的类别：正确率 {before} → {after}（%n 张留出的图片）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few photos per class to hold some back for a before/after score (5 per class are enough).</source>
        <translation>每个类别的照片太少，无法留出一部分用于前后对比得分（每个类别 5 张即可）。</translation>
    </message>
    <message>
        <source>Held-back photos: {before} of {held} right before, {after} after (too few for a score; {minimum} or more give one).</source>
        <translation>留出的照片：{held} 张中，之前正确 {before} 张，之后正确 {after} 张（太少，无法计算得分；{minimum} 张或更多才能计算）。</translation>
    </message>
    <message numerus="yes">
        <source>Held-back photos: {before} → {after} right (%n photo(s)).</source>
        <translation>
            <numerusform>留出的照片：正确率 {before} → {after}（%n 张照片）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TfLoader</name>
    <message>
        <source>TensorFlow could not be loaded ({reason}). Training, Grad-CAM and export need it: reinstall the app or run &apos;pip install tensorflow&apos;.</source>
        <translation>无法加载 TensorFlow（{reason}）。训练、Grad-CAM 和导出都需要它：请重新安装应用，或运行“pip install tensorflow”。</translation>
    </message>
</context>
<context>
    <name>ThisIsDialog</name>
    <message>
        <source>This is…</source>
        <translation>这是…</translation>
    </message>
    <message>
        <source>Pick a class or type a new one, e.g. Pear</source>
        <translation>选择类别或输入新类别，例如“梨”</translation>
    </message>
    <message>
        <source>What is in this photo? A copy goes into the teaching set; the photos stay where they are.</source>
        <translation>这张照片里是什么？副本会加入教学照片，原照片保留在原处。</translation>
    </message>
    <message numerus="yes">
        <source>What is in these %n photos? A copy goes into the teaching set; the photos stay where they are.</source>
        <translation>
            <numerusform>这 %n 张照片里是什么？副本会加入教学照片，原照片保留在原处。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model answered: {answer}</source>
        <translation>模型的结果：{answer}</translation>
    </message>
</context>
<context>
    <name>TrainJobs</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>{name} — {network}, {done}/{epochs} epochs, {status}</source>
        <translation>{name} — {network}，{done}/{epochs} 轮，{status}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Training is running. Stop it and quit?</source>
        <translation>训练正在进行。要停止训练并退出吗？</translation>
    </message>
    <message>
        <source>The best epoch so far is saved to the library.</source>
        <translation>目前最好的一轮已保存到模型库。</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop after the current batch; the best completed epoch is saved</source>
        <translation>在当前批次后停止；保存已完成的最佳一轮</translation>
    </message>
    <message>
        <source>Stopped runs that can continue from their last completed epoch</source>
        <translation>已停止、可从上一个完成的轮次继续的训练任务</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Several Machines…</source>
        <translation>多台机器…</translation>
    </message>
    <message>
        <source>Train the first checked network with other machines: this one is the chief (docs/distributed.md)</source>
        <translation>与其他机器一起训练第一个勾选的网络：本机为主节点（docs/distributed.md）</translation>
    </message>
    <message>
        <source>Stopped run:</source>
        <translation>已停止的任务：</translation>
    </message>
    <message>
        <source>Open in Classify</source>
        <translation>在“识别”中打开</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare the models this queue saved on a test folder</source>
        <translation>在测试文件夹上比较此队列保存的模型</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{network} on several machines</source>
        <translation>{network}（多台机器）</translation>
    </message>
    <message>
        <source>Waiting for the other machines to join; training starts when all have.</source>
        <translation>正在等待其他机器加入；全部加入后开始训练。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Saved model {model} in the library.</source>
        <translation>已将模型 {model} 保存到模型库。</translation>
    </message>
    <message>
        <source>Several machines: {status}</source>
        <translation>多台机器：{status}</translation>
    </message>
    <message>
        <source>Resuming {run}</source>
        <translation>正在继续 {run}</translation>
    </message>
    <message numerus="yes">
        <source>Stopping after the current batch… (%n queued run(s) cancelled)</source>
        <translation>
            <numerusform>将在当前批次结束后停止…（已取消 %n 个排队的任务）</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>将在当前批次结束后停止…</translation>
    </message>
    <message>
        <source>{title} — run {number} of {count}</source>
        <translation>{title} — 第 {number}/{count} 个任务</translation>
    </message>
    <message>
        <source>Command line: {command}</source>
        <translation>命令行：{command}</translation>
    </message>
    <message>
        <source>Reproduce: {command}</source>
        <translation>复现：{command}</translation>
    </message>
    <message>
        <source>Continue after a stop: {command}</source>
        <translation>停止后继续：{command}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>“{name}”, test accuracy {accuracy}</source>
        <translation>“{name}”，测试准确率 {accuracy}</translation>
    </message>
    <message>
        <source>“{name}”, validation accuracy {accuracy}</source>
        <translation>“{name}”，验证准确率 {accuracy}</translation>
    </message>
    <message>
        <source>Saved {model} (stopped early; best epoch kept)</source>
        <translation>已保存 {model}（提前停止；保留最佳一轮）</translation>
    </message>
    <message>
        <source>Saved {model}</source>
        <translation>已保存 {model}</translation>
    </message>
    <message>
        <source>stopped before an epoch completed; nothing saved</source>
        <translation>在一轮完成前停止；未保存任何内容</translation>
    </message>
    <message>
        <source>Stopped before training began; nothing was saved.</source>
        <translation>在训练开始前停止；未保存任何内容。</translation>
    </message>
    <message>
        <source>Training failed: {reason}</source>
        <translation>训练失败：{reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>正在重试</translation>
    </message>
    <message>
        <source>{reason} Trying again with weights: {weights}.</source>
        <translation>{reason} 正在使用以下权重重试：{weights}。</translation>
    </message>
    <message>
        <source>ImageNet weights unavailable</source>
        <translation>ImageNet 权重不可用</translation>
    </message>
    <message>
        <source>Train from Scratch</source>
        <translation>从头训练</translation>
    </message>
    <message>
        <source>Choose Weights File…</source>
        <translation>选择权重文件…</translation>
    </message>
    <message>
        <source>Weights for {network}</source>
        <translation>{network} 的权重</translation>
    </message>
    <message>
        <source>Keras weights ({patterns})</source>
        <translation>Keras 权重 ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>所有文件 ({patterns})</translation>
    </message>
</context>
<context>
    <name>TrainQueue</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>stopped, saved</source>
        <translation>已停止，已保存</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{number}. {title} — {status}: {message}</source>
        <translation>{number}. {title} — {status}：{message}</translation>
    </message>
    <message>
        <source>{number}. {title} — {status}</source>
        <translation>{number}. {title} — {status}</translation>
    </message>
</context>
<context>
    <name>TrialsPlot</name>
    <message>
        <source>Validation accuracy per trial</source>
        <translation>每次试验的验证准确率</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>目前最佳</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Each trial&apos;s validation accuracy appears here as it finishes</source>
        <translation>每次试验完成后，其验证准确率会显示在这里</translation>
    </message>
</context>
<context>
    <name>TrialsTable</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Layers trained</source>
        <translation>训练层数</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <extracomment>What the header shows (short: every column fits the Tune view at 1024 px); HEADERS are the tooltips.</extracomment>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Aug.</source>
        <translation>增强</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>pruned (trailing)</source>
        <translation>已剪枝（落后）</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
</context>
<context>
    <name>TunePage</name>
    <message>
        <source>A study is training trials in this window. Stop the study here and quit?

This window&apos;s trial stops; the study keeps its finished trials and best model (Resume continues it). Workers in other processes or on other machines keep going.</source>
        <translation>此窗口中有调参研究正在训练试验。要在此停止调参研究并退出吗？

此窗口的试验会停止；调参研究保留已完成的试验和最佳模型（“继续”可接着进行）。其他进程或其他机器上的工作节点会继续运行。</translation>
    </message>
    <message>
        <source>Network (settings every trial starts from)</source>
        <translation>网络（每次试验的初始设置）</translation>
    </message>
    <message>
        <source>Start Study</source>
        <translation>开始调参研究</translation>
    </message>
    <message>
        <source>Run trials here until the study has its number of trials (workers elsewhere with the same storage and study name share them)</source>
        <translation>在此运行试验，直到调参研究达到设定的试验次数（其他地方使用相同存储和调参研究名称的工作节点会共同分担）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop every worker of the study, here and on other machines, after its batch</source>
        <translation>在当前批次后停止该调参研究的所有工作节点，包括此处和其他机器上的</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Studies in the storage: choose one to watch it and load its settings</source>
        <translation>存储中的调参研究：选择一个以查看它并加载其设置</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue the study shown with its own settings, up to the Trials asked for</source>
        <translation>按其自身设置继续所显示的调参研究，直到达到所设的试验次数</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>调参研究：</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) each</source>
        <translation>
            <numerusform>每次 %n 轮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting study “{study}”: %n trials of {epochs}…</source>
        <translation>
            <numerusform>正在启动调参研究“{study}”：%n 次试验，{epochs}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping every worker of study “{study}” after its current batch…</source>
        <translation>正在停止调参研究“{study}”的所有工作节点（在当前批次之后）…</translation>
    </message>
    <message>
        <source>Could not ask the other workers to stop: {reason}</source>
        <translation>无法请求其他工作节点停止：{reason}</translation>
    </message>
    <message>
        <source>Training trials of “{study}” here (it had {before} of {wanted} when this worker joined). Stop ends every worker of the study.</source>
        <translation>正在此处训练“{study}”的试验（此工作节点加入时已有 {before}/{wanted} 次）。“停止”会结束该调参研究的所有工作节点。</translation>
    </message>
    <message numerus="yes">
        <source>Study “{study}” holds %n trials ({done} complete).</source>
        <translation>
            <numerusform>调参研究“{study}”共有 %n 次试验（{done} 次已完成）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No trial completed: try a wider learning-rate range or more epochs per trial.</source>
        <translation>没有试验完成：请尝试更宽的学习率范围或每次试验更多轮数。</translation>
    </message>
    <message>
        <source>The study stopped: {reason}</source>
        <translation>调参研究已停止：{reason}</translation>
    </message>
    <message>
        <source>Cannot read the study: {reason} Check the storage path or URL, then choose the study again.</source>
        <translation>无法读取调参研究：{reason} 请检查存储路径或 URL，然后重新选择调参研究。</translation>
    </message>
    <message>
        <source>Cannot list the studies: {reason}</source>
        <translation>无法列出调参研究：{reason}</translation>
    </message>
</context>
<context>
    <name>WeightsEdit</name>
    <message>
        <source>Pretrained on ImageNet: included for EfficientNet-Lite0; downloaded once (internet needed) for VGG16 and ResNet50</source>
        <translation>在 ImageNet 上预训练：EfficientNet-Lite0 已内置；VGG16 和 ResNet50 需下载一次（需要联网）</translation>
    </message>
    <message>
        <source>a .weights.h5 file</source>
        <translation>.weights.h5 文件</translation>
    </message>
    <message>
        <source>Keras weights ({patterns})</source>
        <translation>Keras 权重 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>Apply augmentation to training images</source>
        <translation>对训练图片进行数据增强</translation>
    </message>
    <message>
        <source>Random horizontal and vertical flips</source>
        <translation>随机水平和垂直翻转</translation>
    </message>
    <message>
        <source>Largest rotation, as a fraction of a full turn</source>
        <translation>最大旋转角度，以整圈的比例表示</translation>
    </message>
    <message>
        <source>Largest zoom-out (fruit shrinks to 1/(1+zoom)); zoom-in is capped at 0.25</source>
        <translation>最大缩小幅度（水果缩小为 1/(1+zoom)）；放大上限为 0.25</translation>
    </message>
    <message>
        <source>Largest brightness change (fraction)</source>
        <translation>最大亮度变化（比例）</translation>
    </message>
    <message>
        <source>Largest contrast change (fraction)</source>
        <translation>最大对比度变化（比例）</translation>
    </message>
    <message>
        <source>Largest hue/saturation change (fraction)</source>
        <translation>最大色相/饱和度变化（比例）</translation>
    </message>
    <message>
        <source>Probability of blur and sensor noise</source>
        <translation>模糊和传感器噪点的概率</translation>
    </message>
    <message>
        <source>Folder of background photos to composite white-background fruit onto (empty: off)</source>
        <translation>背景照片文件夹，用于把白底水果合成到背景上（留空：关闭）</translation>
    </message>
    <message>
        <source>Share of training images composited onto a background</source>
        <translation>合成到背景上的训练图片比例</translation>
    </message>
    <message>
        <source>Folder of class folders, or a Fruits-360 folder with Training/ and Test/</source>
        <translation>包含各类别文件夹的文件夹，或含有 Training/ 和 Test/ 的 Fruits-360 文件夹</translation>
    </message>
    <message>
        <source>Network architecture</source>
        <translation>网络架构</translation>
    </message>
    <message>
        <source>Number of passes over the training data</source>
        <translation>遍历训练数据的轮数</translation>
    </message>
    <message>
        <source>Images per training step</source>
        <translation>每个训练步的图片数</translation>
    </message>
    <message>
        <source>Adam learning rate</source>
        <translation>Adam 学习率</translation>
    </message>
    <message>
        <source>Square input size in pixels (0: the architecture&apos;s default)</source>
        <translation>正方形输入尺寸，单位为像素（0：该架构的默认值）</translation>
    </message>
    <message>
        <source>Share of training images held out for validation</source>
        <translation>留作验证的训练图片比例</translation>
    </message>
    <message>
        <source>Optional separate test folder (empty: the Test/ beside the data, if any)</source>
        <translation>可选的独立测试文件夹（留空：数据旁的 Test/，如有）</translation>
    </message>
    <message>
        <source>Backbone weights: &apos;imagenet&apos;, &apos;none&apos; or a path to a weights file</source>
        <translation>主干网络权重：&apos;imagenet&apos;、&apos;none&apos; 或权重文件路径</translation>
    </message>
    <message>
        <source>Freeze the pretrained backbone and train only the head</source>
        <translation>冻结预训练主干网络，只训练头部</translation>
    </message>
    <message>
        <source>With a frozen backbone, unfreeze this many of its last layers</source>
        <translation>主干网络冻结时，解冻其最后这么多层</translation>
    </message>
    <message>
        <source>Dropout before the classifier</source>
        <translation>分类器前的 Dropout</translation>
    </message>
    <message>
        <source>L2 weight penalty on dense/conv kernels</source>
        <translation>对全连接/卷积核的 L2 权重惩罚</translation>
    </message>
    <message>
        <source>Stop after this many epochs without improvement (0: off)</source>
        <translation>连续这么多轮没有改善就停止（0：关闭）</translation>
    </message>
    <message>
        <source>Halve the learning rate after this many flat epochs (0: off)</source>
        <translation>连续这么多轮没有进展时将学习率减半（0：关闭）</translation>
    </message>
    <message>
        <source>Weight classes inversely to their size (for lopsided folders)</source>
        <translation>按类别大小的倒数为类别加权（用于各类别数量不均的文件夹）</translation>
    </message>
    <message>
        <source>Random seed for the split, shuffling and initial weights</source>
        <translation>用于数据划分、打乱和初始权重的随机种子</translation>
    </message>
    <message>
        <source>Mixed precision: float16 on GPUs, bfloat16 on CPUs with AVX-512 BF16 or AMX (others stay float32)</source>
        <translation>混合精度：GPU 上用 float16，支持 AVX-512 BF16 或 AMX 的 CPU 上用 bfloat16（其他保持 float32）</translation>
    </message>
    <message>
        <source>Keras backend to train on: tensorflow, torch (PyTorch: Apple GPU via MPS, CUDA or CPU) or auto (PyTorch where it sees a GPU that TensorFlow does not)</source>
        <translation>训练使用的 Keras 后端：tensorflow、torch（PyTorch：通过 MPS 使用 Apple GPU、CUDA 或 CPU）或 auto（PyTorch 能看到 GPU 而 TensorFlow 看不到时使用 PyTorch）</translation>
    </message>
    <message>
        <source>Also learn a &apos;Not one of my classes&apos; answer (from fruit-free photos shipped with the app and recoloured copies of yours), calibrated so its known-probability can be trusted</source>
        <translation>同时学习“不是我认识的类别”这一结果（来自应用附带的无水果照片和自己照片的重新着色副本），并经过校准，使其已知概率可信</translation>
    </message>
    <message>
        <source>Name for the saved model (empty: generated)</source>
        <translation>保存的模型名称（留空：自动生成）</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Settings every trial starts from</source>
        <translation>每次试验的初始设置</translation>
    </message>
    <message>
        <source>Trials the study should have in all (every worker together)</source>
        <translation>调参研究总共应有的试验次数（所有工作节点合计）</translation>
    </message>
    <message>
        <source>Epochs each trial trains</source>
        <translation>每次试验训练的轮数</translation>
    </message>
    <message>
        <source>Learning rate range (log scale)</source>
        <translation>学习率范围（对数刻度）</translation>
    </message>
    <message>
        <source>Dropout range</source>
        <translation>Dropout 范围</translation>
    </message>
    <message>
        <source>L2 penalty range (log scale)</source>
        <translation>L2 惩罚范围（对数刻度）</translation>
    </message>
    <message>
        <source>Augmentation strength range (0: off, 1: strong)</source>
        <translation>数据增强强度范围（0：关闭，1：强）</translation>
    </message>
    <message>
        <source>Backbone layers unfrozen from the top (0: frozen backbone); searched only from pretrained weights, up to the network&apos;s limit</source>
        <translation>从顶部解冻的主干网络层数（0：冻结主干网络）；仅在使用预训练权重时搜索，不超过该网络的上限</translation>
    </message>
    <message>
        <source>Study name; workers with the same name and storage share it</source>
        <translation>调参研究名称；名称和存储相同的工作节点共享它</translation>
    </message>
    <message>
        <source>Journal file path or database URL (empty: a journal file in the app&apos;s data folder)</source>
        <translation>记录文件路径或数据库 URL（留空：应用数据文件夹中的记录文件）</translation>
    </message>
    <message>
        <source>How the next trial&apos;s settings are chosen</source>
        <translation>如何选择下一次试验的设置</translation>
    </message>
    <message>
        <source>Stop a trial early when its validation accuracy trails the median</source>
        <translation>试验的验证准确率落后于中位数时提前停止它</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>0 to 1 (pixels / 255)</source>
        <extracomment>name -&gt; (multiplier, offset) for x * multiplier + offset; caffe is handled on its own.</extracomment>
        <translation>0 到 1（像素 / 255）</translation>
    </message>
    <message>
        <source>0 to 255 (raw pixels; the model scales them itself)</source>
        <translation>0 到 255（原始像素；模型自行缩放）</translation>
    </message>
    <message>
        <source>-1 to 1 (Teachable Machine, MobileNet)</source>
        <translation>-1 到 1（Teachable Machine、MobileNet）</translation>
    </message>
    <message>
        <source>caffe: BGR minus ImageNet means (VGG16, ResNet50 of keras.applications)</source>
        <translation>caffe：BGR 减去 ImageNet 均值（keras.applications 的 VGG16、ResNet50）</translation>
    </message>
    <message>
        <source>{name} stopped sending pictures.</source>
        <extracomment>File name endings read as videos (predict, the live view&apos;s &quot;Video file…&quot;).</extracomment>
        <translation>{name} 不再发送画面。</translation>
    </message>
    <message>
        <source>Check that it is plugged in, then pick it again.</source>
        <translation>请检查它是否已插好，然后重新选择。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>Check the path, then open it again.</source>
        <translation>请检查路径，然后重新打开。</translation>
    </message>
    <message>
        <source>{name} has no video in it.</source>
        <translation>{name} 中没有视频。</translation>
    </message>
    <message>
        <source>Open a video file (.mp4, .mov, …).</source>
        <translation>请打开视频文件（.mp4、.mov 等）。</translation>
    </message>
    <message>
        <source>{name} uses a video codec this app cannot decode.</source>
        <translation>{name} 使用了本应用无法解码的视频编码。</translation>
    </message>
    <message>
        <source>Convert it to H.264 MP4, then open it again.</source>
        <translation>请将其转换为 H.264 MP4，然后重新打开。</translation>
    </message>
    <message>
        <source>{name} cannot be played ({reason}).</source>
        <translation>{name} 无法播放（{reason}）。</translation>
    </message>
    <message>
        <source>Open a video file this app can decode, e.g. H.264 MP4.</source>
        <translation>请打开本应用能解码的视频文件，例如 H.264 MP4。</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <extracomment>Largest image we decode (≈ a 9500×9500 photo); bigger files are refused as &quot;too large&quot;. Suffixes listed when scanning folders (anything else is only taken if its bytes look like an image). Transparent pixels become white: Fruits-360 photos (the training data) are shot on white.
----------
The conversion kept beside model.keras. metadata.json key: the sha256 of the Keras file whose copy beside it outputs logits rather than probabilities.
----------
Layer classes whose 4D output is a sensible Grad-CAM target.</extracomment>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <source>unsupported colour mode {mode}</source>
        <translation>不支持的颜色模式 {mode}</translation>
    </message>
    <message>
        <source>a folder, not an image file</source>
        <translation>是文件夹，不是图片文件</translation>
    </message>
    <message>
        <source>file not found</source>
        <extracomment>Built from the one architecture table (fruitclassifier/architectures.py).</extracomment>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>无法读取文件（{error}）</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>too large (over the decoder&apos;s safety limit)</source>
        <translation>太大（超出解码器的安全上限）</translation>
    </message>
    <message>
        <source>too large (not enough memory to decode)</source>
        <translation>太大（内存不足，无法解码）</translation>
    </message>
    <message>
        <source>not an image we can read: HEIC photos need the optional pillow-heif package</source>
        <translation>不是可读取的图片：HEIC 照片需要可选的 pillow-heif 软件包</translation>
    </message>
    <message>
        <source>not an image (or a format we cannot read)</source>
        <translation>不是图片（或是无法读取的格式）</translation>
    </message>
    <message>
        <source>too large ({megapixels} megapixels, limit {limit})</source>
        <translation>太大（{megapixels} 百万像素，上限 {limit}）</translation>
    </message>
    <message>
        <source>truncated or damaged image (zero width or height)</source>
        <translation>图片被截断或已损坏（宽度或高度为零）</translation>
    </message>
    <message>
        <source>truncated or damaged image</source>
        <translation>图片被截断或已损坏</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>大小（MB）</translation>
    </message>
    <message>
        <source>ms/image</source>
        <translation>毫秒/张</translation>
    </message>
    <message>
        <source>Training time (s)</source>
        <translation>训练时间（秒）</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Best val. accuracy</source>
        <translation>最佳验证准确率</translation>
    </message>
    <message>
        <source>Val–Test gap</source>
        <translation>验证–测试差距</translation>
    </message>
    <message>
        <source>Train–val gap</source>
        <translation>训练–验证差距</translation>
    </message>
    <message>
        <source>Training accuracy is {gap:.0%} above validation accuracy (too few epochs of validation loss to tell overfitting from failing on unseen images).</source>
        <extracomment>A final training accuracy this much above the validation accuracy is a gap worth explaining. What diagnose_fit may find (FitDiagnosis.kind).</extracomment>
        <translation>训练准确率比验证准确率高 {gap:.0%}（验证损失的轮数太少，无法区分是过拟合还是在没见过的图片上失败）。</translation>
    </message>
    <message>
        <source>Training accuracy is {gap:.0%} above validation accuracy and validation loss has risen since epoch {epoch} ({best:.3f} → {last:.3f}).</source>
        <translation>训练准确率比验证准确率高 {gap:.0%}，且验证损失自第 {epoch} 轮起上升（{best:.3f} → {last:.3f}）。</translation>
    </message>
    <message>
        <source>Validation accuracy is {gap:.0%} below training accuracy while validation loss does not rise: the model fails on unseen images from the start, which is not overfitting (check the data split, preprocessing or BatchNorm).</source>
        <translation>验证准确率比训练准确率低 {gap:.0%}，但验证损失没有上升：模型从一开始就在没见过的图片上失败，这不是过拟合（请检查数据划分、预处理或 BatchNorm）。</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <extracomment>Accuracies closer than this are called a tie.</extracomment>
        <translation>{names} 和 {last}</translation>
    </message>
    <message>
        <source>{names} are about as accurate on this folder ({accuracy}); {fast} is faster ({fast_ms:.2f} vs {slow_ms:.2f} ms per image).</source>
        <translation>{names} 在此文件夹上的准确率相当（{accuracy}）；{fast} 更快（每张图片 {fast_ms:.2f} 毫秒，对比 {slow_ms:.2f} 毫秒）。</translation>
    </message>
    <message>
        <source>Behind them: {models}.</source>
        <translation>其后：{models}。</translation>
    </message>
    <message>
        <source>{model} is best on this folder (accuracy {accuracy} vs {others}).</source>
        <translation>{model} 在此文件夹上表现最好（准确率 {accuracy}，其他为 {others}）。</translation>
    </message>
    <message>
        <source>{name} overfits: train–val gap {gap:.2f} and validation loss rising.</source>
        <extracomment>Best validation accuracy this far above the accuracy on the compared folder: the model learned its training data (and the validation split drawn from it) and does not carry over to these photos.</extracomment>
        <translation>{name} 过拟合：训练–验证差距 {gap:.2f}，且验证损失上升。</translation>
    </message>
    <message>
        <source>{name} fails on validation from the start (train–val gap {gap:.2f}, validation loss not rising): not overfitting.</source>
        <translation>{name} 从一开始就在验证集上表现差（训练–验证差距 {gap:.2f}，验证损失未上升）：不是过拟合。</translation>
    </message>
    <message>
        <source>{name} has a train–val gap of {gap:.2f} (too few epochs of validation loss to say why).</source>
        <translation>{name} 的训练–验证差距为 {gap:.2f}（验证损失的轮数太少，无法判断原因）。</translation>
    </message>
    <message>
        <source>It does not overfit (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <extracomment>&quot;Nobody overfits&quot;, by how many models were judged (1, 2, more), with the limits (parts is empty) or without.</extracomment>
        <translation>该模型没有过拟合（验证集与此文件夹的差距在 {limit:.2f} 以内，训练–验证差距低于 {gap:.2f}）。</translation>
    </message>
    <message>
        <source>Neither overfits (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <translation>两个模型都没有过拟合（验证集与此文件夹的差距在 {limit:.2f} 以内，训练–验证差距低于 {gap:.2f}）。</translation>
    </message>
    <message>
        <source>None overfits (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <translation>所有模型都没有过拟合（验证集与此文件夹的差距在 {limit:.2f} 以内，训练–验证差距低于 {gap:.2f}）。</translation>
    </message>
    <message>
        <source>It does not overfit.</source>
        <translation>该模型没有过拟合。</translation>
    </message>
    <message>
        <source>Neither overfits.</source>
        <translation>两个模型都没有过拟合。</translation>
    </message>
    <message>
        <source>None overfits.</source>
        <translation>所有模型都没有过拟合。</translation>
    </message>
    <message>
        <source>{name} overfits: validation accuracy {validation} but {accuracy} on this folder, so what it learned does not carry over to these photos.</source>
        <translation>{name} 过拟合：验证准确率为 {validation}，但在此文件夹上只有 {accuracy}，说明它学到的东西无法推广到这些照片。</translation>
    </message>
    <message>
        <source>No training history is stored, so overfitting cannot be judged.</source>
        <translation>没有保存训练历史，因此无法判断是否过拟合。</translation>
    </message>
    <message>
        <source>{name}: accuracy {accuracy} on this folder.</source>
        <translation>{name}：在此文件夹上的准确率为 {accuracy}。</translation>
    </message>
    <message>
        <source>Preparing “{name}” for fast answers (once; this loads TensorFlow)…</source>
        <extracomment>Below this top probability the app says &quot;not sure&quot; instead of naming a fruit.</extracomment>
        <translation>正在为快速识别准备“{name}”（仅需一次；会加载 TensorFlow）…</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>无法读取（{error}）</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty: choose a new folder name</source>
        <translation>{folder} 已存在且不为空：请选择一个新的文件夹名称</translation>
    </message>
    <message>
        <source>Could not write the SavedModel: {reason}</source>
        <translation>无法写入 SavedModel：{reason}</translation>
    </message>
    <message>
        <source>Could not convert the model to TFLite: {reason}</source>
        <translation>无法将模型转换为 TFLite：{reason}</translation>
    </message>
    <message>
        <source>Cannot export {name}: {reason}</source>
        <translation>无法导出 {name}：{reason}</translation>
    </message>
    <message>
        <source>The exported {format} returns shape {got}, the original {expected}: the export is broken; please report it</source>
        <translation>导出的 {format} 返回的形状为 {got}，原模型为 {expected}：导出已损坏，请报告此问题</translation>
    </message>
    <message>
        <source>The exported {format} disagrees with the original model (largest probability difference {diff}, allowed {allowed}), so it was not saved</source>
        <translation>导出的 {format} 与原模型不一致（最大概率差 {diff}，允许 {allowed}），因此未保存</translation>
    </message>
    <message>
        <source>Teaching was cancelled; nothing was saved.</source>
        <translation>教学已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>This model has no “Not one of my fruits” class.</source>
        <extracomment>What the user picks (GUI) or names a folder (CLI) to teach the model&apos;s &quot;not one of my fruits&quot; class.</extracomment>
        <translation>此模型没有“不是我认识的水果”类别。</translation>
    </message>
    <message>
        <source>Pick one of its classes or type a new name.</source>
        <translation>请选择它的某个类别，或输入新名称。</translation>
    </message>
    <message>
        <source>{name} cannot be a class name.</source>
        <translation>{name} 不能作为类别名称。</translation>
    </message>
    <message>
        <source>Type a name without / \ : * ? &quot; &lt; &gt; | that does not start with a dot.</source>
        <translation>请输入不含 / \ : * ? &quot; &lt; &gt; | 且不以点开头的名称。</translation>
    </message>
    <message>
        <source>{name} is the model&apos;s internal name for “Not one of my fruits”.</source>
        <translation>{name} 是模型对“不是我认识的水果”的内部名称。</translation>
    </message>
    <message>
        <source>Pick “Not one of my fruits” instead.</source>
        <translation>请改选“不是我认识的水果”。</translation>
    </message>
    <message>
        <source>{path} is not in this teaching set.</source>
        <translation>{path} 不在这组教学照片中。</translation>
    </message>
    <message>
        <source>unexpected error: {error} (details are in the log)</source>
        <extracomment>A sentence that already ends here needs no &quot;. &quot; or &quot;; &quot; before the next step (the CJK marks included).</extracomment>
        <translation>意外错误：{error}（详细信息见日志）</translation>
    </message>
    <message>
        <source>Teach a model trained in this app, or the bundled one.</source>
        <extracomment>The share of the short side a random crop keeps (smallest, largest). Share of augmented replay images pasted onto crops of the user&apos;s photos. What to do with a model whose head cannot be taught.</extracomment>
        <translation>请教在本应用中训练的模型，或附带的模型。</translation>
    </message>
    <message>
        <source>This model cannot be taught: it has no final Dense layer named “predictions”.</source>
        <translation>无法教此模型：它没有名为“predictions”的最终 Dense 层。</translation>
    </message>
    <message>
        <source>This model cannot be taught: its “predictions” layer is not a softmax over a feature vector.</source>
        <translation>无法教此模型：它的“predictions”层不是基于特征向量的 softmax。</translation>
    </message>
    <message>
        <source>Looking at your photos: {done} of {total} views</source>
        <translation>正在查看照片：{done}/{total} 个视图</translation>
    </message>
    <message>
        <source>The replay folder {folder} does not exist.</source>
        <extracomment>Layouts whose class folders sit one level down (a Fruits-360 download).</extracomment>
        <translation>回放文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Pass a folder with one sub-folder of training images per class.</source>
        <translation>请提供一个每个类别一个训练图片子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>{name} cannot be taught: it has no replay data (it was imported, so the app does not know its training images).</source>
        <translation>无法教 {name}：它没有回放数据（它是导入的，应用不知道它的训练图片）。</translation>
    </message>
    <message>
        <source>Pass --replay DIR, a folder with one sub-folder of its training images per class.</source>
        <translation>请传入 --replay DIR，即一个每个类别一个训练图片子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>Keeping your photos with the new model…</source>
        <extracomment>A class needs this many photos before some are held back for the before/after score. Teaching photos kept (small) beside the taught model so teaching it again still replays them.</extracomment>
        <translation>正在将照片与新模型一起保存…</translation>
    </message>
    <message>
        <source>Saving the new model and converting it for quick answers…</source>
        <translation>正在保存新模型，并将其转换以便快速识别…</translation>
    </message>
    <message>
        <source>Teaching with Keras on PyTorch: {device}.</source>
        <translation>使用基于 PyTorch 的 Keras 教学：{device}。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>Give a folder with one sub-folder of photos per class.</source>
        <translation>请提供一个每个类别一个照片子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>{folder} holds no photos in class folders.</source>
        <translation>{folder} 的类别文件夹中没有照片。</translation>
    </message>
    <message>
        <source>Put each class&apos;s photos in its own sub-folder, named after the class.</source>
        <translation>请将每个类别的照片放在以该类别命名的子文件夹中。</translation>
    </message>
    <message>
        <source>The class folder {folder} has no readable photo.</source>
        <translation>类别文件夹 {folder} 中没有可读取的照片。</translation>
    </message>
    <message>
        <source>Add .jpg or .png photos to it, or remove the folder.</source>
        <translation>请向其中添加 .jpg 或 .png 照片，或删除该文件夹。</translation>
    </message>
    <message>
        <source>{name} cannot be taught: it has {outputs} outputs but {classes} class names.</source>
        <translation>无法教 {name}：它有 {outputs} 个输出，但有 {classes} 个类别名称。</translation>
    </message>
    <message>
        <source>Re-import it with its class names.</source>
        <translation>请连同类别名称重新导入。</translation>
    </message>
    <message>
        <source>weights: file not found: {path}</source>
        <extracomment>In an experiment config, ``weights = &quot;@previous&quot;`` starts a run from the previous run&apos;s trained model (a fine-tuning stage); ExperimentConfig resolves it to a weights file just before that run. Keras backends a run can train on (core/training/backend.py): &quot;auto&quot; is PyTorch where it sees a GPU (Apple&apos;s MPS, or CUDA) and TensorFlow does not, TensorFlow otherwise. Input size each architecture uses when the user does not choose one.</extracomment>
        <translation>weights：找不到文件：{path}</translation>
    </message>
    <message>
        <source>image_size: must be at least 16 pixels</source>
        <translation>image_size：至少须为 16 像素</translation>
    </message>
    <message>
        <source>image_size: {arch} needs at least {minimum} pixels</source>
        <translation>image_size：{arch} 至少需要 {minimum} 像素</translation>
    </message>
    <message>
        <source>{field}: must be one of {choices}, not {value!r}</source>
        <translation>{field}：必须是 {choices} 之一，当前为 {value!r}</translation>
    </message>
    <message>
        <source>{field}: must be at least {min}, not {value}</source>
        <translation>{field}：至少须为 {min}，当前为 {value}</translation>
    </message>
    <message>
        <source>{field}: must be at most {max}, not {value}</source>
        <translation>{field}：最多为 {max}，当前为 {value}</translation>
    </message>
    <message>
        <source>{name}: range must lie in [{lowest}, {highest}] with low &lt;= high, not ({low}, {high})</source>
        <extracomment>Optional second test folder of realistic (not Fruits-360-style) images. Tuning&apos;s search samplers: TPE (Bayesian, Optuna&apos;s default), a Gaussian process, plain random search.</extracomment>
        <translation>{name}：范围必须在 [{lowest}, {highest}] 之内且下限 &lt;= 上限，当前为 ({low}, {high})</translation>
    </message>
    <message>
        <source>{name}: a log-scale range must start above 0</source>
        <translation>{name}：对数刻度的范围必须从大于 0 的值开始</translation>
    </message>
    <message>
        <source>study: give the study a name</source>
        <translation>study：请为调参研究命名</translation>
    </message>
    <message>
        <source>fine_tune_layers: range must lie in [0, {limit}] for {arch} with low &lt;= high, not ({low}, {high})</source>
        <translation>fine_tune_layers：对于 {arch}，范围必须在 [0, {limit}] 之内且下限 &lt;= 上限，当前为 ({low}, {high})</translation>
    </message>
    <message>
        <source>not an HDF5 model file (it may be damaged or another format)</source>
        <extracomment>Layers whose arrival means preprocessing is over (no scaling layer seen before them). Per layer class: config keys Keras 3 refuses that older Keras wrote with a harmless value. Per layer class: config keys tf.keras 2 wrote as one-element lists where Keras 3 wants the element.</extracomment>
        <translation>不是 HDF5 模型文件（可能已损坏或是其他格式）</translation>
    </message>
    <message>
        <source>its model configuration is not valid JSON</source>
        <translation>其模型配置不是有效的 JSON</translation>
    </message>
    <message>
        <source>the labels file holds no list of names: use a JSON list or one name per line</source>
        <translation>标签文件中没有名称列表：请使用 JSON 列表或每行一个名称</translation>
    </message>
    <message>
        <source>saved_model.pb is damaged (not a SavedModel graph)</source>
        <extracomment>String operations whose names merely mention files (the saver builds shard names with them). Refused by name. Refused when the (lower-case) name contains one of these: files, readers and writers, summaries and events, Python, RPC and data service, input pipelines (they read and cache files), debugging hooks (they write to URLs), and cross-device or cross-machine traffic. Other names TensorFlow reads a SavedModel&apos;s graph from (text, chunked); an export writes saved_model.pb only.</extracomment>
        <translation>saved_model.pb 已损坏（不是 SavedModel 图）</translation>
    </message>
    <message>
        <source>is a folder, not a .keras model file (SavedModel folders are not supported)</source>
        <translation>是文件夹，不是 .keras 模型文件（不支持 SavedModel 文件夹）</translation>
    </message>
    <message>
        <source>is a legacy HDF5 model; open it in Keras and re-save it with model.save(&apos;name.keras&apos;)</source>
        <translation>是旧版 HDF5 模型；请在 Keras 中打开，并用 model.save(&apos;name.keras&apos;) 重新保存</translation>
    </message>
    <message>
        <source>is a TensorFlow Lite model: it answers photos, but cannot be fine-tuned, explained or exported again (import the Keras model for that)</source>
        <translation>是 TensorFlow Lite 模型：可以识别照片，但无法微调、解释或再次导出（如需这些功能，请导入 Keras 模型）</translation>
    </message>
    <message>
        <source>not a Keras model file (expected a file ending in .keras)</source>
        <translation>不是 Keras 模型文件（应为以 .keras 结尾的文件）</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be renamed</source>
        <extracomment>Why a model cannot be changed, per action: whole sentences, so each translates as one.</extracomment>
        <translation>{name!r} 是附带的模型，无法重命名。</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be deleted</source>
        <translation>{name!r} 是附带的模型，无法删除。</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be changed</source>
        <translation>{name!r} 是附带的模型，无法修改。</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be renamed here</source>
        <translation>{path} 不在应用的模型文件夹中，因此无法在此重命名。</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be deleted here</source>
        <translation>{path} 不在应用的模型文件夹中，因此无法在此删除。</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be changed here</source>
        <translation>{path} 不在应用的模型文件夹中，因此无法在此修改。</translation>
    </message>
    <message>
        <source>import or train a copy if you want one you can change</source>
        <translation>如需可修改的模型，请导入或训练一个副本。</translation>
    </message>
    <message>
        <source>import it first</source>
        <translation>请先导入。</translation>
    </message>
    <message>
        <source>The new name is empty: type a name for the model</source>
        <translation>新名称为空：请输入模型名称</translation>
    </message>
    <message>
        <source>A model called {name!r} already exists: choose another name</source>
        <translation>已存在名为 {name!r} 的模型：请选择其他名称</translation>
    </message>
    <message>
        <source>Could not rename {name!r}: {reason}</source>
        <translation>无法重命名 {name!r}：{reason}</translation>
    </message>
    <message>
        <source>Could not delete {name!r}: {reason}</source>
        <translation>无法删除 {name!r}：{reason}</translation>
    </message>
    <message>
        <source>A model folder called {name!r} exists again, so the deleted one stays in the trash; put it back from there by hand under another name</source>
        <translation>名为 {name!r} 的模型文件夹又出现了，因此已删除的那个仍留在回收站中；请手动从回收站中以其他名称放回</translation>
    </message>
    <message>
        <source>Could not bring the model back from {path}: {reason}</source>
        <translation>无法从 {path} 恢复模型：{reason}。</translation>
    </message>
    <message>
        <source>put it back from the desktop&apos;s trash by hand</source>
        <translation>请手动从桌面的回收站中恢复。</translation>
    </message>
    <message>
        <source>Could not update {name!r}: {reason}</source>
        <translation>无法更新 {name!r}：{reason}</translation>
    </message>
    <message>
        <source>No model name given</source>
        <translation>未指定模型名称</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>There is no trash for {path} ({reason}), so it cannot be moved there</source>
        <translation>{path} 没有可用的回收站（{reason}），因此无法移到回收站</translation>
    </message>
    <message>
        <source>delete it for good instead (it cannot be brought back)</source>
        <translation>请改为永久删除（删除后无法恢复）</translation>
    </message>
    <message>
        <source>Could not move {path} to the trash: {reason}</source>
        <translation>无法将 {path} 移到回收站：{reason}</translation>
    </message>
    <message>
        <source>Could not keep a copy of {path} for Undo: {reason}</source>
        <translation>无法为撤销保留 {path} 的副本：{reason}。</translation>
    </message>
    <message>
        <source>check the free space and permissions of the app&apos;s data folder</source>
        <translation>请检查应用数据文件夹的可用空间和权限。</translation>
    </message>
    <message>
        <source>Skipped {name}: {reason}</source>
        <translation>已跳过 {name}：{reason}</translation>
    </message>
    <message>
        <source>Backbone features for {what}: {done:,} of {total:,} images</source>
        <extracomment>The pooling layer every transfer builder (models/layers.transfer_model) ends its backbone with.</extracomment>
        <translation>{what}的主干网络特征：{done:,}/{total:,}</translation>
    </message>
    <message>
        <source>Frozen backbone: computing its features once, then training only the head.</source>
        <translation>主干网络已冻结：先一次性计算其特征，然后只训练头部。</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>训练图片</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>验证图片</translation>
    </message>
    <message>
        <source>run {run!r} already finished all {epochs} epochs; give more epochs (--epochs N) to continue it</source>
        <translation>训练任务 {run!r} 已完成全部 {epochs} 轮；如需继续，请指定更多轮数（--epochs N）</translation>
    </message>
    <message>
        <source>run {run!r} finished and its checkpoint was removed to save space</source>
        <translation>训练任务 {run!r} 已完成，其检查点已删除以节省空间。</translation>
    </message>
    <message>
        <source>start a new run with its settings: --config {path}</source>
        <translation>请用它的设置开始新的训练任务：--config {path}</translation>
    </message>
    <message>
        <source>no training settings given</source>
        <translation>未提供训练设置</translation>
    </message>
    <message>
        <source>invalid settings: {problems}</source>
        <translation>设置无效：{problems}</translation>
    </message>
    <message>
        <source>Reading {count:,} images of {classes} classes…</source>
        <translation>正在读取 {classes} 个类别的 {count:,} 张图片…</translation>
    </message>
    <message>
        <source>training was cancelled before it started</source>
        <translation>训练在开始前已取消</translation>
    </message>
    <message>
        <source>Training in {precision} mixed precision (weights stay float32).</source>
        <translation>使用 {precision} 混合精度训练（权重保持 float32）。</translation>
    </message>
    <message>
        <source>Training with Keras on PyTorch: {device}.</source>
        <translation>使用基于 PyTorch 的 Keras 训练：{device}。</translation>
    </message>
    <message>
        <source>none of the images in the class folders could be read (e.g. {name}: {reason}); check that they hold photos</source>
        <translation>类别文件夹中的图片都无法读取（例如 {name}：{reason}）；请检查其中是否是照片</translation>
    </message>
    <message>
        <source>too few readable training images; check the data folder</source>
        <translation>可读取的训练图片太少；请检查数据文件夹</translation>
    </message>
    <message>
        <source>no data folder given; choose a folder with one sub-folder per class</source>
        <translation>未指定数据文件夹；请选择一个每个类别一个子文件夹的文件夹</translation>
    </message>
    <message>
        <source>training needs at least two classes, each in its own sub-folder</source>
        <translation>训练至少需要两个类别，且每个类别在各自的子文件夹中</translation>
    </message>
    <message>
        <source>Stopped; keeping the best completed epoch.</source>
        <translation>已停止；保留已完成的最佳一轮。</translation>
    </message>
    <message>
        <source>Test folder not evaluated: {reason}</source>
        <translation>未评估测试文件夹：{reason}</translation>
    </message>
</context>
</TS>
