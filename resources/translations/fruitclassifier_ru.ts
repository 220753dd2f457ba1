<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Fruit photos: &lt;b&gt;Fruits-360&lt;/b&gt; by Horea Mureșan and Mihai Oltean, licensed CC BY-SA 4.0 (github.com/fruits-360).</source>
        <translation>Фото фруктов: &lt;b&gt;Fruits-360&lt;/b&gt;, авторы Horea Mureșan и Mihai Oltean, лицензия CC BY-SA 4.0 (github.com/fruits-360).</translation>
    </message>
    <message>
        <source>Background photos used for augmentation: CC0, public domain or CC BY, credited in their folder&apos;s README.</source>
        <translation>Фоновые фото для аугментации данных: CC0, общественное достояние или CC BY, авторы указаны в README их папки.</translation>
    </message>
    <message>
        <source>Built with TensorFlow, Keras, Qt for Python (PySide6), pyqtgraph, Pillow and NumPy.</source>
        <translation>Создано с помощью TensorFlow, Keras, Qt for Python (PySide6), pyqtgraph, Pillow и NumPy.</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>ещё не загружен</translation>
    </message>
    <message>
        <source>Computes on</source>
        <translation>Вычисления на</translation>
    </message>
    <message>
        <source>not known until TensorFlow has loaded</source>
        <translation>станет известно после загрузки TensorFlow</translation>
    </message>
    <message>
        <source>About FruitClassifier</source>
        <translation>О программе FruitClassifier</translation>
    </message>
    <message>
        <source>Classify fruit photos by drag-and-drop; train and compare your own networks.</source>
        <translation>Распознавайте фото фруктов перетаскиванием, обучайте и сравнивайте собственные нейросети.</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Waiting…</source>
        <translation>Ожидание…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Обработка…</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Нет ответа.</translation>
    </message>
    <message>
        <source>Says {answer} (closest: {closest}).</source>
        <translation>Ответ: {answer} (ближе всего: {closest}).</translation>
    </message>
    <message>
        <source>Says {answer}.</source>
        <translation>Ответ: {answer}.</translation>
    </message>
    <message>
        <source>The warm colours show where it looked.</source>
        <translation>Тёплые цвета показывают, куда она смотрела.</translation>
    </message>
</context>
<context>
    <name>ArchSettings</name>
    <message>
        <source>What to train</source>
        <translation>Что обучать</translation>
    </message>
    <message>
        <source>Checked networks train one after another, in this order. Their settings:</source>
        <translation>Отмеченные сети обучаются по очереди, в этом порядке. Их настройки:</translation>
    </message>
    <message>
        <source>{network} — pretrained on ImageNet, or from scratch</source>
        <translation>{network} — предобученная на ImageNet или с нуля</translation>
    </message>
    <message>
        <source>{network} — small and fast, trained from scratch</source>
        <translation>{network} — маленькая и быстрая, обучается с нуля</translation>
    </message>
    <message>
        <source>Check at least one network to train.</source>
        <translation>Отметьте хотя бы одну сеть для обучения.</translation>
    </message>
    <message>
        <source>{network}: {problem}</source>
        <translation>{network}: {problem}</translation>
    </message>
</context>
<context>
    <name>Architecture</name>
    <message>
        <source>Custom CNN</source>
        <extracomment>The networks&apos; names as the window shows them (architectures.TABLE&apos;s titles, marked here: that module is Qt-free and also feeds the CLI, which stays English). VGG16, ResNet50 and EfficientNet-Lite0 are names.</extracomment>
        <translation>Собственная CNN</translation>
    </message>
    <message>
        <source>Compact CNN</source>
        <translation>Компактная CNN</translation>
    </message>
    <message>
        <source>Custom CNN (Fruits-360 style)</source>
        <translation>Собственная CNN (в стиле Fruits-360)</translation>
    </message>
    <message>
        <source>Compact CNN (BatchNorm, for real photos)</source>
        <translation>Компактная CNN (BatchNorm, для реальных фото)</translation>
    </message>
    <message>
        <source>EfficientNet-Lite0 (pretrained, fast)</source>
        <translation>EfficientNet-Lite0 (предобученная, быстрая)</translation>
    </message>
</context>
<context>
    <name>BestModelRow</name>
    <message>
        <source>Open Best in Classify</source>
        <translation>Открыть лучшую в «Распознавании»</translation>
    </message>
    <message>
        <source>The best trial&apos;s model is kept in the library; the others are deleted</source>
        <translation>Модель лучшей попытки сохраняется в библиотеке, остальные удаляются</translation>
    </message>
    <message>
        <source>Open Best in Compare</source>
        <translation>Открыть лучшую в «Сравнении»</translation>
    </message>
    <message>
        <source>Tick the best trial&apos;s model in Compare (with the study&apos;s test folder, if any), to measure it against other models</source>
        <translation>Отметить модель лучшей попытки в «Сравнении» (с тестовой папкой исследования, если она есть), чтобы сравнить её с другими моделями</translation>
    </message>
    <message>
        <source>The best model “{name}” cannot be opened here: {reason} (a study shared with another machine keeps it in the library of the machine that trained it).</source>
        <translation>Лучшую модель «{name}» нельзя открыть здесь: {reason} (исследование, общее с другим компьютером, хранит её в библиотеке компьютера, который её обучил).</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Every camera this computer reports, or a video file played as a camera</source>
        <translation>Все камеры, которые видит этот компьютер, или видеофайл, воспроизводимый как камера</translation>
    </message>
    <message>
        <source>front</source>
        <translation>фронтальная</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>тыловая</translation>
    </message>
    <message>
        <source>{camera} ({position})</source>
        <translation>{camera} ({position})</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Камера не найдена</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Видеофайл…</translation>
    </message>
    <message>
        <source>{name} (video)</source>
        <translation>{name} (видео)</translation>
    </message>
</context>
<context>
    <name>ClassBars</name>
    <message>
        <source>images</source>
        <translation>изображения</translation>
    </message>
</context>
<context>
    <name>ClassifyJobs</name>
    <message>
        <source>Looking for images…</source>
        <translation>Поиск изображений…</translation>
    </message>
    <message>
        <source>Loading the model “{name}”…</source>
        <translation>Загрузка модели «{name}»…</translation>
    </message>
    <message>
        <source>Classified {done} of {total}</source>
        <translation>Распознано: {done} из {total}</translation>
    </message>
</context>
<context>
    <name>ClassifyPage</name>
    <message>
        <source>There is no model to classify with yet: train one on the Train page, or import a .keras file on the Models page.</source>
        <translation>Пока нет модели для распознавания: обучите её на странице «Обучение» или импортируйте файл .keras на странице «Модели».</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>Открыть изображения…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>Удалить все результаты из списка</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Not one of mine:</source>
        <translation>Не из моих:</translation>
    </message>
    <message>
        <source>Pasted picture {number}</source>
        <translation>Вставленное изображение {number}</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files: copy a photo or a file first.</source>
        <translation>В буфере обмена нет ни изображения, ни файлов изображений: сначала скопируйте фото или файл.</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Открыть изображения</translation>
    </message>
    <message>
        <source>Open Folder of Images</source>
        <translation>Открыть папку с изображениями</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Classification stopped: {reason}</source>
        <translation>Распознавание остановлено: {reason}</translation>
    </message>
    <message>
        <source>There are no results to export yet: drop some photos first.</source>
        <translation>Пока нечего экспортировать: сначала перетащите сюда фото.</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>Экспорт результатов в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>Не удалось записать {path}: {reason}. Выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Quit FruitClassifier</source>
        <translation>Выход из FruitClassifier</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Train on several machines</source>
        <translation>Обучение на нескольких компьютерах</translation>
    </message>
    <message>
        <source>e.g. {example} (HOST or HOST:PORT)</source>
        <translation>например, {example} (ХОСТ или ХОСТ:ПОРТ)</translation>
    </message>
    <message>
        <source>Start as Chief</source>
        <translation>Запустить главный узел</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>This machine&apos;s address (the chief):</source>
        <translation>Адрес этого компьютера (главного узла):</translation>
    </message>
    <message>
        <source>Port (open it on every machine):</source>
        <translation>Порт (откройте его на каждом компьютере):</translation>
    </message>
    <message>
        <source>The other machines:</source>
        <translation>Другие компьютеры:</translation>
    </message>
    <message>
        <source>Run on each other machine (same data folder, same app version):</source>
        <translation>Выполните на каждом другом компьютере (та же папка с данными, та же версия программы):</translation>
    </message>
    <message>
        <source># on {host}</source>
        <translation># на {host}</translation>
    </message>
    <message>
        <source>(name the other machines above)</source>
        <translation>(укажите другие компьютеры выше)</translation>
    </message>
    <message>
        <source>{host} can only be reached from this machine: type this machine&apos;s network address above, so the others can dial it.</source>
        <translation>{host} доступен только с этого компьютера: введите выше сетевой адрес этого компьютера, чтобы другие могли к нему подключиться.</translation>
    </message>
    <message>
        <source>Start the chief here, then the commands above on the other machines.</source>
        <translation>Запустите главный узел здесь, затем команды выше на других компьютерах.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the other %n worker(s) to join: start the commands above on them…</source>
        <translation>
            <numerusform>Ожидание подключения ещё %n узла: выполните на нём команды выше…</numerusform>
            <numerusform>Ожидание подключения ещё %n узлов: выполните на них команды выше…</numerusform>
            <numerusform>Ожидание подключения ещё %n узлов: выполните на них команды выше…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Остановка после текущего батча…</translation>
    </message>
    <message>
        <source>All {count} workers joined; training.</source>
        <translation>Все узлы подключены ({count}), идёт обучение.</translation>
    </message>
    <message>
        <source>Done: saved as {name}.</source>
        <translation>Готово: сохранено как {name}.</translation>
    </message>
    <message>
        <source>The chief ended with status {code}; its log is below.</source>
        <translation>Главный узел завершился с кодом {code}; его журнал ниже.</translation>
    </message>
</context>
<context>
    <name>CompareJobs</name>
    <message>
        <source>Listing the test images…</source>
        <translation>Составление списка тестовых изображений…</translation>
    </message>
    <message>
        <source>Evaluating {model} ({number} of {count}): {done} of {total} images</source>
        <translation>Оценка {model} ({number} из {count}): {done} из {total} изображений</translation>
    </message>
    <message>
        <source>Loading {model} ({number} of {count})…</source>
        <translation>Загрузка {model} ({number} из {count})…</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>Запрос к {model}…</translation>
    </message>
    <message>
        <source>Grad-CAM follows…</source>
        <translation>Затем — Grad-CAM…</translation>
    </message>
    <message>
        <source>Grad-CAM for {model}…</source>
        <translation>Grad-CAM для {model}…</translation>
    </message>
    <message>
        <source>No Grad-CAM for this model ({error})</source>
        <translation>Для этой модели нет Grad-CAM ({error})</translation>
    </message>
    <message>
        <source>Grad-CAM is flat: at this input size the model&apos;s last feature map is too coarse to show where it looked.</source>
        <translation>Карта Grad-CAM однородна: при таком размере входа последняя карта признаков модели слишком грубая, чтобы показать, куда она смотрела.</translation>
    </message>
    <message>
        <source>Drawing the report figures…</source>
        <translation>Построение графиков для отчёта…</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Tick two or more models on the left, choose a test folder they were not trained on, and press Compare. You will see which model is more accurate, faster and smaller, whether either overfits, where each goes wrong, and where each one looks in a photo. Results are remembered, so the same comparison opens instantly next time.</source>
        <translation>Отметьте слева две или более модели, выберите тестовую папку, на которой они не обучались, и нажмите «Сравнить». Вы увидите, какая модель точнее, быстрее и меньше, есть ли переобучение, где каждая ошибается и куда смотрит на фото. Результаты запоминаются, поэтому то же сравнение в следующий раз откроется сразу.</translation>
    </message>
    <message>
        <source>Press Compare to evaluate the ticked models on this folder.</source>
        <translation>Нажмите «Сравнить», чтобы оценить отмеченные модели на фото из этой папки.</translation>
    </message>
    <message>
        <source>Click a cell to see its images.</source>
        <translation>Нажмите на ячейку, чтобы увидеть её изображения.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>Матрицы</translation>
    </message>
    <message>
        <source>Per-Class F1</source>
        <translation>F1 по классам</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Try a Photo</source>
        <translation>Проверить на фото</translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation>Сравните модели бок о бок</translation>
    </message>
    <message>
        <source>Tick at least two models to compare</source>
        <translation>Отметьте хотя бы две модели для сравнения</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Остановка после текущего батча…</translation>
    </message>
    <message>
        <source>Comparison cancelled; models evaluated before the stop are cached for next time.</source>
        <translation>Сравнение отменено; модели, оценённые до остановки, сохранены в кэше на следующий раз.</translation>
    </message>
    <message>
        <source>Could not compare: {reason}</source>
        <translation>Не удалось сравнить: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{model}: %n image(s) of {true} recognised correctly</source>
        <translation>
            <numerusform>{model}: %n изображение класса {true} распознано верно</numerusform>
            <numerusform>{model}: %n изображения класса {true} распознаны верно</numerusform>
            <numerusform>{model}: %n изображений класса {true} распознано верно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{model}: %n image(s) of {true} taken for {predicted}</source>
        <translation>
            <numerusform>{model}: %n изображение класса {true} принято за {predicted}</numerusform>
            <numerusform>{model}: %n изображения класса {true} приняты за {predicted}</numerusform>
            <numerusform>{model}: %n изображений класса {true} принято за {predicted}</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one model first.</source>
        <translation>Сначала отметьте хотя бы одну модель.</translation>
    </message>
    <message>
        <source>Save the Report in…</source>
        <translation>Сохранить отчёт в…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <source>Report written to {folder} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</source>
        <translation>Отчёт записан в {folder} — &lt;a href=&apos;{url}&apos;&gt;открыть папку&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Could not write the report: {reason}</source>
        <translation>Не удалось записать отчёт: {reason}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>{count} test images in {folder}.</source>
        <translation>Тестовых изображений в {folder}: {count}.</translation>
    </message>
    <message>
        <source>All results from the cache (same model files, same images).</source>
        <translation>Все результаты из кэша (те же файлы моделей, те же изображения).</translation>
    </message>
    <message>
        <source>Cached: {models}.</source>
        <translation>Из кэша: {models}.</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Folder of class folders</source>
        <translation>Папка с папками классов</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Write report.md, metrics.json and the figures (as `compare --report DIR`)</source>
        <translation>Записать report.md, metrics.json и графики (как `compare --report DIR`)</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Модели для сравнения</translation>
    </message>
    <message>
        <source>Test folder</source>
        <translation>Тестовая папка</translation>
    </message>
    <message>
        <source>Choose a Test Folder</source>
        <translation>Выбор тестовой папки</translation>
    </message>
    <message>
        <source>The test split of {model}&apos;s data set.</source>
        <translation>Тестовая часть набора данных модели {model}.</translation>
    </message>
    <message>
        <source>Choose a folder of class folders that the models were not trained on.</source>
        <translation>Выберите папку с папками классов, на которой модели не обучались.</translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка с данными</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Размер батча</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Размер изображения</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Доля валидации</translation>
    </message>
    <message>
        <source>Test folder</source>
        <translation>Тестовая папка</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <source>Freeze backbone</source>
        <translation>Заморозить базовую сеть</translation>
    </message>
    <message>
        <source>Fine-tune layers</source>
        <translation>Слои для тонкой настройки</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Дропаут</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2-штраф</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Ранняя остановка</translation>
    </message>
    <message>
        <source>Reduce LR after</source>
        <translation>Снижать скорость через</translation>
    </message>
    <message>
        <source>Class weights</source>
        <translation>Веса классов</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно генератора</translation>
    </message>
    <message>
        <source>Mixed precision</source>
        <translation>Смешанная точность</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Бэкенд</translation>
    </message>
    <message>
        <source>Learn “not one of mine”</source>
        <translation>Учить «не из моих»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>Аугментация</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Отражение</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Поворот</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Яркость</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Blur / noise</source>
        <translation>Размытие / шум</translation>
    </message>
    <message>
        <source>Backgrounds folder</source>
        <translation>Папка с фонами</translation>
    </message>
    <message>
        <source>Background probability</source>
        <translation>Вероятность фона</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Основа</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Epochs per trial</source>
        <translation>Эпох на попытку</translation>
    </message>
    <message>
        <source>Augment strength</source>
        <translation>Сила аугментации</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Сэмплер</translation>
    </message>
    <message>
        <source>Pruner</source>
        <translation>Отсечение</translation>
    </message>
    <message>
        <source>auto</source>
        <extracomment>Choices that are words rather than names (architectures, TensorFlow, PyTorch and &quot;tpe&quot; stay as they are).</extracomment>
        <translation>авто</translation>
    </message>
    <message>
        <source>random</source>
        <translation>случайный</translation>
    </message>
    <message>
        <source>ImageNet</source>
        <extracomment>VGG16/ResNet50 download ImageNet weights once; EfficientNet-Lite0&apos;s ship with the app (see the tooltip).</extracomment>
        <translation>ImageNet</translation>
    </message>
    <message>
        <source>None (from scratch)</source>
        <translation>Нет (с нуля)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>What an empty editor shows, taken from its help&apos;s &quot;(0: …)&quot; or &quot;(empty: …)&quot; (config_form._hint).</extracomment>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>the Test/ beside the data, if any</source>
        <translation>папка Test/ рядом с данными, если есть</translation>
    </message>
    <message>
        <source>a journal file in the app&apos;s data folder</source>
        <translation>файл журнала в папке данных программы</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>Confusion matrix: {title}</source>
        <translation>Матрица ошибок: {title}</translation>
    </message>
    <message numerus="yes">
        <source>{right} of {total} images on the diagonal (right), %n classes; click a cell to see its images</source>
        <translation>
            <numerusform>На диагонали (верно) {right} из {total} изображений, %n класс; нажмите на ячейку, чтобы увидеть её изображения</numerusform>
            <numerusform>На диагонали (верно) {right} из {total} изображений, %n класса; нажмите на ячейку, чтобы увидеть её изображения</numerusform>
            <numerusform>На диагонали (верно) {right} из {total} изображений, %n классов; нажмите на ячейку, чтобы увидеть её изображения</numerusform>
        </translation>
    </message>
    <message>
        <source>true class</source>
        <translation>истинный класс</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>предсказанный класс</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} recognised correctly ({share} of {true})</source>
        <translation>
            <numerusform>%n изображение класса {true} распознано верно ({share} от {true})</numerusform>
            <numerusform>%n изображения класса {true} распознаны верно ({share} от {true})</numerusform>
            <numerusform>%n изображений класса {true} распознано верно ({share} от {true})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} taken for {predicted} ({share} of {true})</source>
        <translation>
            <numerusform>%n изображение класса {true} принято за {predicted} ({share} от {true})</numerusform>
            <numerusform>%n изображения класса {true} приняты за {predicted} ({share} от {true})</numerusform>
            <numerusform>%n изображений класса {true} принято за {predicted} ({share} от {true})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} recognised correctly</source>
        <translation>
            <numerusform>%n изображение класса {true} распознано верно</numerusform>
            <numerusform>%n изображения класса {true} распознаны верно</numerusform>
            <numerusform>%n изображений класса {true} распознано верно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} taken for {predicted}</source>
        <translation>
            <numerusform>%n изображение класса {true} принято за {predicted}</numerusform>
            <numerusform>%n изображения класса {true} приняты за {predicted}</numerusform>
            <numerusform>%n изображений класса {true} принято за {predicted}</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them</source>
        <translation>Нажмите, чтобы увидеть их</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>{model} — accuracy {accuracy}</source>
        <translation>{model} — точность {accuracy}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message numerus="yes">
        <source>Something went wrong that the app did not expect (%n error(s) so far): {error}

You can go on working; if something looks wrong, save your work and restart. To report it, copy the details below (and attach the log file: {log}).</source>
        <translation>
            <numerusform>Произошла ошибка, которой программа не ожидала (всего ошибок: %n): {error}

Можно продолжать работу; если что-то выглядит неправильно, сохраните работу и перезапустите программу. Чтобы сообщить об ошибке, скопируйте подробности ниже (и приложите файл журнала: {log}).</numerusform>
            <numerusform>Произошла ошибка, которой программа не ожидала (всего ошибок: %n): {error}

Можно продолжать работу; если что-то выглядит неправильно, сохраните работу и перезапустите программу. Чтобы сообщить об ошибке, скопируйте подробности ниже (и приложите файл журнала: {log}).</numerusform>
            <numerusform>Произошла ошибка, которой программа не ожидала (всего ошибок: %n): {error}

Можно продолжать работу; если что-то выглядит неправильно, сохраните работу и перезапустите программу. Чтобы сообщить об ошибке, скопируйте подробности ниже (и приложите файл журнала: {log}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurvesOverlay</name>
    <message>
        <source>Loss</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>No training history is stored for these models</source>
        <translation>Для этих моделей не сохранена история обучения</translation>
    </message>
    <message>
        <source>Training: solid lines, filled dots · validation: dashed lines, open dots</source>
        <translation>Обучение: сплошные линии, закрашенные точки · валидация: пунктир, пустые точки</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
</context>
<context>
    <name>CurvesPlot</name>
    <message>
        <source>Loss</source>
        <extracomment>(key, title, series, legend offset): the legend sits where its curves usually are not.</extracomment>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>No training history stored for this model</source>
        <translation>Для этой модели не сохранена история обучения</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>валидация</translation>
    </message>
    <message>
        <source>training</source>
        <translation>обучение</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message numerus="yes">
        <source>%Ln files were not opened to look for damaged ones; any that cannot be read are skipped during training.</source>
        <translation>
            <numerusform>%Ln файл не открывался для поиска повреждённых; нечитаемые файлы пропускаются при обучении.</numerusform>
            <numerusform>%Ln файла не открывались для поиска повреждённых; нечитаемые файлы пропускаются при обучении.</numerusform>
            <numerusform>%Ln файлов не открывалось для поиска повреждённых; нечитаемые файлы пропускаются при обучении.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the files in {folder} could be read as images (e.g. {file}: {reason}): choose a folder of photos.</source>
        <translation>Ни один файл в {folder} не читается как изображение (например, {file}: {reason}): выберите папку с фото.</translation>
    </message>
    <message>
        <source>None of the files in {folder} could be read as images: choose a folder of photos.</source>
        <translation>Ни один файл в {folder} не читается как изображение: выберите папку с фото.</translation>
    </message>
    <message>
        <source>Only one class ({name}) has readable images: training needs at least two class folders with photos.</source>
        <translation>Читаемые изображения есть только в одном классе ({name}): для обучения нужны хотя бы две папки классов с фото.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of photos per class</source>
        <translation>Папка, в которой для каждого класса есть вложенная папка с фото</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Validation split:</source>
        <translation>Доля валидации:</translation>
    </message>
    <message>
        <source>Test folder:</source>
        <translation>Тестовая папка:</translation>
    </message>
    <message>
        <source>Choose the training data folder</source>
        <translation>Выбор папки с данными для обучения</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканирование…</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Папка ещё не выбрана.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable files (skipped):</source>
        <translation>Нечитаемые файлы (пропущены):</translation>
    </message>
    <message>
        <source>automatic: {folder}/</source>
        <translation>автоматически: {folder}/</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>≈ %Ln images for validation</source>
        <translation>
            <numerusform>≈ %Ln изображение для валидации</numerusform>
            <numerusform>≈ %Ln изображения для валидации</numerusform>
            <numerusform>≈ %Ln изображений для валидации</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning the data folder…</source>
        <translation>Сканирование папки с данными…</translation>
    </message>
    <message>
        <source>Choose a data folder first.</source>
        <translation>Сначала выберите папку с данными.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; images</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображение</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображения</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; classes</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; класс</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; класса</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; классов</numerusform>
        </translation>
    </message>
    <message>
        <source>{images} in {classes}</source>
        <translation>{images}, {classes}</translation>
    </message>
    <message>
        <source>{width}×{height} px</source>
        <translation>{width}×{height} пикс.</translation>
    </message>
    <message>
        <source>training on {train}/, testing on {test}/</source>
        <translation>обучение на {train}/, тест на {test}/</translation>
    </message>
    <message>
        <source>&lt;i&gt;checking files…&lt;/i&gt;</source>
        <translation>&lt;i&gt;проверка файлов…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Computing Grad-CAM…</source>
        <translation>Вычисление Grad-CAM…</translation>
    </message>
    <message>
        <source>Loading TensorFlow for Grad-CAM (only the first heat map waits for it, a few seconds to half a minute)…</source>
        <extracomment>The first heat map waits for TensorFlow to load (seconds; answers never do): say so, not just &quot;Computing&quot;.</extracomment>
        <translation>Загрузка TensorFlow для Grad-CAM (ждать приходится только первой тепловой карте — от нескольких секунд до полуминуты)…</translation>
    </message>
    <message>
        <source>No Grad-CAM: {reason}</source>
        <translation>Нет Grad-CAM: {reason}</translation>
    </message>
</context>
<context>
    <name>DisagreementGallery</name>
    <message>
        <source>Images any model gets wrong or the models disagree on</source>
        <extracomment>(key, what the filter box says: translated in the DisagreementGallery context)</extracomment>
        <translation>Изображения, на которых хоть одна модель ошибается или модели расходятся</translation>
    </message>
    <message>
        <source>Images the models disagree on</source>
        <translation>Изображения, на которых модели расходятся</translation>
    </message>
    <message>
        <source>Images every model gets wrong</source>
        <translation>Изображения, на которых ошибаются все модели</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>None of the {total} test images: the models agree and are right.</source>
        <translation>Ни одного из {total} тестовых изображений: модели согласны и правы.</translation>
    </message>
    <message>
        <source>{count} of {total} test images (showing the first {shown}); double-click one to see where each model looked</source>
        <translation>Тестовых изображений: {count} из {total} (показаны первые {shown}); дважды щёлкните, чтобы увидеть, куда смотрела каждая модель</translation>
    </message>
    <message>
        <source>{count} of {total} test images; double-click one to see where each model looked</source>
        <translation>Тестовых изображений: {count} из {total}; дважды щёлкните, чтобы увидеть, куда смотрела каждая модель</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop fruit photos here — or press Ctrl+O</source>
        <translation>Перетащите сюда фото фруктов — или нажмите Ctrl+O</translation>
    </message>
    <message>
        <source>Whole folders work too, and so does pasting a picture with Ctrl+V.</source>
        <translation>Можно перетащить и целую папку или вставить изображение с помощью Ctrl+V.</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <extracomment>The image files the open dialogs offer (what core/data/images decodes).</extracomment>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Photos: drop photos or folders here to classify them</source>
        <translation>Фото: перетащите сюда фото или папки, чтобы распознать их</translation>
    </message>
</context>
<context>
    <name>F1Bars</name>
    <message>
        <source>F1 per class (1.0 = every image of the class found, nothing else taken for it)</source>
        <translation>F1 по классам (1,0 — найдены все изображения класса, и ничто другое не принято за него)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Compare models to see how well each one does on every class</source>
        <translation>Сравните модели, чтобы увидеть, насколько хорошо каждая справляется с каждым классом</translation>
    </message>
</context>
<context>
    <name>Fruit</name>
    <message>
        <source>Red apple (10)</source>
        <translation>Красное яблоко (10)</translation>
    </message>
    <message>
        <source>Red apple (11)</source>
        <translation>Красное яблоко (11)</translation>
    </message>
    <message>
        <source>Red apple (12)</source>
        <translation>Красное яблоко (12)</translation>
    </message>
    <message>
        <source>Golden apple</source>
        <translation>Яблоко Голден</translation>
    </message>
    <message>
        <source>Granny Smith apple</source>
        <translation>Яблоко Гренни Смит</translation>
    </message>
    <message>
        <source>Pink Lady apple</source>
        <translation>Яблоко Пинк Леди</translation>
    </message>
    <message>
        <source>Red Delicious apple</source>
        <translation>Яблоко Ред Делишес</translation>
    </message>
    <message>
        <source>Royal Gala apple</source>
        <translation>Яблоко Роял Гала</translation>
    </message>
    <message>
        <source>Asparagus</source>
        <translation>Спаржа</translation>
    </message>
    <message>
        <source>Aubergine</source>
        <translation>Баклажан</translation>
    </message>
    <message>
        <source>Banana</source>
        <translation>Банан</translation>
    </message>
    <message>
        <source>Beef tomato</source>
        <translation>Мясистый томат</translation>
    </message>
    <message>
        <source>Brown cap mushroom</source>
        <translation>Королевский шампиньон</translation>
    </message>
    <message>
        <source>Cabbage</source>
        <translation>Капуста</translation>
    </message>
    <message>
        <source>Cantaloupe</source>
        <translation>Канталупа</translation>
    </message>
    <message>
        <source>Carrot</source>
        <translation>Морковь</translation>
    </message>
    <message>
        <source>Cucumber</source>
        <translation>Огурец</translation>
    </message>
    <message>
        <source>Floury potato</source>
        <translation>Рассыпчатый картофель</translation>
    </message>
    <message>
        <source>Galia melon</source>
        <translation>Дыня Галия</translation>
    </message>
    <message>
        <source>Garlic</source>
        <translation>Чеснок</translation>
    </message>
    <message>
        <source>Ginger</source>
        <translation>Имбирь</translation>
    </message>
    <message>
        <source>White grape</source>
        <translation>Белый виноград</translation>
    </message>
    <message>
        <source>Green bell pepper</source>
        <translation>Зелёный болгарский перец</translation>
    </message>
    <message>
        <source>Honeydew melon</source>
        <translation>Медовая дыня</translation>
    </message>
    <message>
        <source>Kiwi</source>
        <translation>Киви</translation>
    </message>
    <message>
        <source>Leek</source>
        <translation>Лук-порей</translation>
    </message>
    <message>
        <source>Lemon</source>
        <translation>Лимон</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Лайм</translation>
    </message>
    <message>
        <source>Mango</source>
        <translation>Манго</translation>
    </message>
    <message>
        <source>Nectarine</source>
        <translation>Нектарин</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Апельсин</translation>
    </message>
    <message>
        <source>Orange bell pepper</source>
        <translation>Оранжевый болгарский перец</translation>
    </message>
    <message>
        <source>Papaya</source>
        <translation>Папайя</translation>
    </message>
    <message>
        <source>Peach</source>
        <translation>Персик</translation>
    </message>
    <message>
        <source>Pineapple</source>
        <translation>Ананас</translation>
    </message>
    <message>
        <source>Beetroot</source>
        <translation>Свёкла</translation>
    </message>
    <message>
        <source>Red bell pepper</source>
        <translation>Красный болгарский перец</translation>
    </message>
    <message>
        <source>Red grapefruit</source>
        <translation>Красный грейпфрут</translation>
    </message>
    <message>
        <source>Satsuma</source>
        <translation>Мандарин сацума</translation>
    </message>
    <message>
        <source>Waxy potato</source>
        <translation>Нерассыпчатый картофель</translation>
    </message>
    <message>
        <source>Strawberry</source>
        <translation>Клубника</translation>
    </message>
    <message>
        <source>Sweet potato</source>
        <translation>Батат</translation>
    </message>
    <message>
        <source>Tomato</source>
        <translation>Томат</translation>
    </message>
    <message>
        <source>Vine tomato</source>
        <translation>Томат на ветке</translation>
    </message>
    <message>
        <source>Watermelon</source>
        <translation>Арбуз</translation>
    </message>
    <message>
        <source>Yellow bell pepper</source>
        <translation>Жёлтый болгарский перец</translation>
    </message>
    <message>
        <source>Yellow onion</source>
        <translation>Жёлтый лук</translation>
    </message>
    <message>
        <source>Zucchini</source>
        <translation>Цукини</translation>
    </message>
    <message>
        <source>Not one of my fruits</source>
        <translation>Ни один из моих фруктов</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>true: {name}</source>
        <translation>истинный: {name}</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>True class: {name}</source>
        <translation>Истинный класс: {name}</translation>
    </message>
    <message>
        <source>{model}: {answer} ({probability})</source>
        <translation>{model}: {answer} ({probability})</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Selected photo</source>
        <translation>Выбранное фото</translation>
    </message>
</context>
<context>
    <name>ImportModelDialog</name>
    <message>
        <source>As the file says (Teachable Machine export, a scaling layer inside, uint8 quantisation)</source>
        <translation>Как указано в файле (экспорт Teachable Machine, слой масштабирования внутри, квантизация uint8)</translation>
    </message>
    <message>
        <source>How the model&apos;s author fed it pixels; a wrong choice gives confident, wrong answers</source>
        <translation>Как автор модели подавал ей пиксели; неверный выбор даёт уверенные, но неправильные ответы</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Импорт модели</translation>
    </message>
    <message>
        <source>As the file says: {classes}</source>
        <translation>Как указано в файле: {classes}</translation>
    </message>
    <message>
        <source>From a file (labels.txt: &apos;0 Lemon&apos; or one name a line; or a .json list)</source>
        <translation>Из файла (labels.txt: «0 Lemon» или по одному имени в строке; либо список .json)</translation>
    </message>
    <message>
        <source>Typed, separated by commas</source>
        <translation>Ввести через запятую</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>apple, banana, kiwi</source>
        <translation>яблоко, банан, киви</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was exported by this app from “{model}”: it carries its class names, its pixel scaling and its “not one of my fruits” answer.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; экспортирован этой программой из «{model}»: в нём есть имена классов, масштабирование пикселей и ответ «ни один из моих фруктов».</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order (found {labels} beside it: {classes}):</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; создан вне этой программы. Укажите имена классов в порядке выходов (рядом найден {labels}: {classes}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order (found {labels} beside it):</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; создан вне этой программы. Укажите имена классов в порядке выходов (рядом найден {labels}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order:</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; создан вне этой программы. Укажите имена классов в порядке выходов:</translation>
    </message>
    <message>
        <source>Pixels scaled to:</source>
        <translation>Пиксели масштабируются в:</translation>
    </message>
    <message>
        <source>Name in the library:</source>
        <translation>Имя в библиотеке:</translation>
    </message>
    <message>
        <source>Class Names File</source>
        <translation>Файл имён классов</translation>
    </message>
    <message>
        <source>Class names ({patterns})</source>
        <translation>Имена классов ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Все файлы ({patterns})</translation>
    </message>
</context>
<context>
    <name>ImportanceBars</name>
    <message>
        <source>Which settings mattered</source>
        <translation>Какие настройки важны</translation>
    </message>
    <message>
        <source>Shown once {count} trials have finished with different settings</source>
        <translation>Появится после завершения попыток с разными настройками (нужно: {count})</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>FruitClassifier speaks {language} from its next start.</source>
        <translation>Язык «{language}» будет применён при следующем запуске FruitClassifier.</translation>
    </message>
    <message>
        <source>Restarting now closes the window as Quit does: photos in Classify are not kept, a running training is asked about first.</source>
        <translation>Перезапуск закрывает окно так же, как «Выход»: фото в «Распознавании» не сохраняются, о запущенном обучении будет задан вопрос.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>LiveBars</name>
    <message>
        <source>Hold a fruit up to the camera</source>
        <translation>Поднесите фрукт к камере</translation>
    </message>
    <message>
        <source>Not sure — maybe {label}</source>
        <translation>Не уверена — может быть, {label}</translation>
    </message>
</context>
<context>
    <name>LiveCamera</name>
    <message>
        <source>No camera found.</source>
        <translation>Камера не найдена.</translation>
    </message>
    <message>
        <source>Plug one in, or open a video file instead.</source>
        <translation>Подключите камеру или откройте видеофайл.</translation>
    </message>
    <message>
        <source>This app may not use the camera.</source>
        <translation>Программе не разрешено использовать камеру.</translation>
    </message>
    <message>
        <source>Allow it in the system settings (macOS: Privacy &amp; Security › Camera), then open the live view again.</source>
        <translation>Разрешите доступ в системных настройках (macOS: Конфиденциальность и безопасность › Камера), затем снова откройте камеру в реальном времени.</translation>
    </message>
    <message>
        <source>{camera} could not start ({reason}).</source>
        <translation>Не удалось запустить {camera} ({reason}).</translation>
    </message>
    <message>
        <source>{camera} could not start.</source>
        <translation>Не удалось запустить {camera}.</translation>
    </message>
    <message>
        <source>Close other apps that use the camera, then pick it again.</source>
        <translation>Закройте другие программы, использующие камеру, и выберите её снова.</translation>
    </message>
    <message>
        <source>{camera} was disconnected.</source>
        <translation>Устройство {camera} отключено.</translation>
    </message>
    <message>
        <source>Plug it back in, then pick it again.</source>
        <translation>Подключите её снова и выберите заново.</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>training, per batch</source>
        <extracomment>series name → (legend text or None, colour, pen style, width, symbol)</extracomment>
        <translation>обучение, по батчам</translation>
    </message>
    <message>
        <source>training, epoch mean</source>
        <translation>обучение, среднее за эпоху</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>валидация</translation>
    </message>
    <message>
        <source>training, smoothed</source>
        <extracomment>what the hover readout calls each series, and how far (in epochs) a point may be from the mouse</extracomment>
        <translation>обучение, сглаженное</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>epoch {x}</source>
        <translation>эпоха {x}</translation>
    </message>
    <message>
        <source>{series}: {value}  (at {x})</source>
        <translation>{series}: {value}  (на {x})</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Mirror</source>
        <translation>Зеркально</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <source>Add this picture to the results list (for This is… and Grad-CAM)</source>
        <translation>Добавить этот кадр в список результатов (для «Это…» и Grad-CAM)</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <source>class, or a new name</source>
        <translation>класс или новое имя</translation>
    </message>
    <message>
        <source>Hold to record</source>
        <translation>Удерживайте для записи</translation>
    </message>
    <message>
        <source>While held, saves {rate} photos a second into the class, for Teach</source>
        <translation>Пока кнопка нажата, сохраняет {rate} фото в секунду в класс, для обучения через «Научить»</translation>
    </message>
    <message>
        <source>Cameras are unavailable here ({reason}). Open a video file instead.</source>
        <translation>Камеры здесь недоступны ({reason}). Откройте видеофайл.</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>Запуск: {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n photo(s) of “{name}” for teaching. Press Teach to teach the model.</source>
        <translation>
            <numerusform>Сохранено %n фото класса «{name}» для обучения. Нажмите «Научить», чтобы научить модель.</numerusform>
            <numerusform>Сохранено %n фото класса «{name}» для обучения. Нажмите «Научить», чтобы научить модель.</numerusform>
            <numerusform>Сохранено %n фото класса «{name}» для обучения. Нажмите «Научить», чтобы научить модель.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>сохранено: %n</numerusform>
            <numerusform>сохранено: %n</numerusform>
            <numerusform>сохранено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Видео ({patterns})</translation>
    </message>
    <message>
        <source>Teach:</source>
        <translation>Научить:</translation>
    </message>
    <message>
        <source>The video has ended. Pick a camera or open another video.</source>
        <translation>Видео закончилось. Выберите камеру или откройте другое видео.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>Открыть видео</translation>
    </message>
    <message>
        <source>Live Camera — FruitClassifier</source>
        <translation>Камера в реальном времени — FruitClassifier</translation>
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
        <translation>Удалить выбранные результаты («Распознавание»)</translation>
    </message>
    <message>
        <source>Rename the selected model (Models)</source>
        <translation>Переименовать выбранную модель («Модели»)</translation>
    </message>
    <message>
        <source>Double-click a model</source>
        <translation>Двойной щелчок по модели</translation>
    </message>
    <message>
        <source>Open it in Classify</source>
        <translation>Открыть её в «Распознавании»</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Распознавание</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Tune</source>
        <translation>Подбор параметров</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>Открыть изображения…</translation>
    </message>
    <message>
        <source>Classify photos from files</source>
        <translation>Распознать фото из файлов</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Открыть папку…</translation>
    </message>
    <message>
        <source>Classify every photo in a folder and its sub-folders</source>
        <translation>Распознать все фото в папке и её вложенных папках</translation>
    </message>
    <message>
        <source>Live Camera…</source>
        <translation>Камера в реальном времени…</translation>
    </message>
    <message>
        <source>Hold a fruit up to a camera, or play a video as one: snapshot, record samples to teach</source>
        <translation>Поднесите фрукт к камере или воспроизведите видео как камеру: снимки, запись примеров для обучения</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <source>Import Model…</source>
        <translation>Импорт модели…</translation>
    </message>
    <message>
        <source>Add a .keras model to the library</source>
        <translation>Добавить модель .keras в библиотеку</translation>
    </message>
    <message>
        <source>Export Results as CSV…</source>
        <translation>Экспорт результатов в CSV…</translation>
    </message>
    <message>
        <source>Save the Classify results as a spreadsheet</source>
        <translation>Сохранить результаты распознавания как таблицу</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>Закрыть окно</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About FruitClassifier</source>
        <translation>О программе FruitClassifier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Отменить последнее удаление</translation>
    </message>
    <message>
        <source>Copy Results</source>
        <translation>Копировать результаты</translation>
    </message>
    <message>
        <source>Copy the selected Classify results as text (all of them when none is selected)</source>
        <translation>Копировать выбранные результаты распознавания как текст (все, если ничего не выбрано)</translation>
    </message>
    <message>
        <source>Paste Images</source>
        <translation>Вставить изображения</translation>
    </message>
    <message>
        <source>Classify a copied picture or copied image files</source>
        <translation>Распознать скопированное изображение или скопированные файлы изображений</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <source>Select every result</source>
        <translation>Выбрать все результаты</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected results (Classify) or delete the model (Models)</source>
        <translation>Удалить выбранные результаты («Распознавание») или модель («Модели»)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n result(s)</source>
        <translation>
            <numerusform>Скопирован %n результат</numerusform>
            <numerusform>Скопировано %n результата</numerusform>
            <numerusform>Скопировано %n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no results to copy</source>
        <translation>Нет результатов для копирования</translation>
    </message>
    <message>
        <source>Copy Results copies the Classify view&apos;s results</source>
        <translation>«Копировать результаты» копирует результаты со страницы «Распознавание»</translation>
    </message>
    <message>
        <source>Moved to the trash: Edit › Undo brings it back</source>
        <translation>Перемещено в корзину: «Правка › Отменить» вернёт обратно</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>As the Desktop</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Answers: {runtime} · CPU</source>
        <translation>Ответы: {runtime} · CPU</translation>
    </message>
    <message>
        <source>Photos are answered without TensorFlow; it loads when training, Grad-CAM or export first needs it</source>
        <translation>Фото распознаются без TensorFlow; он загружается, когда впервые нужен для обучения, Grad-CAM или экспорта</translation>
    </message>
    <message>
        <source>Bring the model just deleted back from the trash</source>
        <translation>Вернуть из корзины только что удалённую модель</translation>
    </message>
    <message>
        <source>Training runs on: {device}; photos are answered by LiteRT on the CPU</source>
        <translation>Обучение выполняется на: {device}; фото распознаёт LiteRT на CPU</translation>
    </message>
    <message>
        <source>TensorFlow unavailable</source>
        <translation>TensorFlow недоступен</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>Остановка фоновых задач…</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Overfitting: try more data, augmentation, dropout or fewer epochs</source>
        <extracomment>Row order (the CLI table&apos;s columns, the name being the column header here).</extracomment>
        <translation>Переобучение: попробуйте больше данных, аугментацию, дропаут или меньше эпох</translation>
    </message>
    <message>
        <source>Fails on validation from the start (not overfitting): check the data split, preprocessing or BatchNorm</source>
        <translation>Ошибается на валидации с самого начала (это не переобучение): проверьте разбиение данных, предобработку или BatchNorm</translation>
    </message>
    <message>
        <source>The network architecture</source>
        <translation>Архитектура сети</translation>
    </message>
    <message>
        <source>Share of the test images answered correctly (higher is better)</source>
        <translation>Доля тестовых изображений с верным ответом (чем выше, тем лучше)</translation>
    </message>
    <message>
        <source>F1 averaged over the classes, so a model that ignores a small class scores low (higher is better)</source>
        <translation>F1, усреднённая по классам: модель, которая игнорирует маленький класс, получает низкую оценку (чем выше, тем лучше)</translation>
    </message>
    <message>
        <source>Cross-entropy on this folder: mean −log(probability given to the right class) over every image (lower is better)</source>
        <translation>Перекрёстная энтропия на фото из этой папки: среднее −log(вероятность верного класса) по всем изображениям (чем ниже, тем лучше)</translation>
    </message>
    <message>
        <source>Number of weights in the network (fewer is lighter)</source>
        <translation>Число весов в сети (чем меньше, тем легче)</translation>
    </message>
    <message>
        <source>Size of the model file (smaller is better)</source>
        <translation>Размер файла модели (чем меньше, тем лучше)</translation>
    </message>
    <message>
        <source>Time to classify one test image on this computer, decoding included (lower is faster)</source>
        <translation>Время распознавания одного тестового изображения на этом компьютере, включая декодирование (чем меньше, тем быстрее)</translation>
    </message>
    <message>
        <source>How long training took</source>
        <translation>Сколько длилось обучение</translation>
    </message>
    <message>
        <source>Passes over the training data</source>
        <translation>Проходы по обучающим данным</translation>
    </message>
    <message>
        <source>Best validation accuracy seen during training (higher is better)</source>
        <translation>Лучшая точность на валидации за время обучения (чем выше, тем лучше)</translation>
    </message>
    <message>
        <source>Best validation accuracy minus accuracy on this folder. Red above {limit}: the model learned its training photos and does not carry over to these (overfitting)</source>
        <translation>Лучшая точность на валидации минус точность в этой папке. Красным, если больше {limit}: модель выучила свои обучающие фото, и это не переносится на эти (переобучение)</translation>
    </message>
    <message>
        <source>Training minus validation accuracy in the last epoch. Red above {limit} when the model overfits (validation loss rising) or fails on validation from the start</source>
        <translation>Точность на обучении минус точность на валидации в последней эпохе. Красным, если больше {limit}, когда модель переобучается (потери на валидации растут) или ошибается на валидации с самого начала</translation>
    </message>
    <message>
        <source>{model}: {metric} {value}</source>
        <translation>{model}: {metric} {value}</translation>
    </message>
    <message>
        <source>Best of the {count} models</source>
        <translation>Лучшая из моделей ({count})</translation>
    </message>
</context>
<context>
    <name>ModelAnswers</name>
    <message>
        <source>Drop a fruit photo here to see every model&apos;s answer and where it looked</source>
        <translation>Перетащите сюда фото фрукта, чтобы увидеть ответ каждой модели и куда она смотрела</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <source>Drop a photo on this tab, or choose one; double-click a thumbnail in the other tabs to bring it here.</source>
        <translation>Перетащите фото на эту вкладку или выберите его; двойной щелчок по миниатюре на других вкладках переносит её сюда.</translation>
    </message>
    <message>
        <source>Each model gives its top three answers and a Grad-CAM heat map.</source>
        <translation>Каждая модель даёт три лучших ответа и тепловую карту Grad-CAM.</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Выбор фото</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Bundled with the app (read-only)</source>
        <translation>Поставляется с программой (только чтение)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша</translation>
    </message>
    <message>
        <source>Imported {format} ({file}), pixels scaled {scaling} ({scaling_from})</source>
        <translation>Импортирована из {format} ({file}), масштабирование пикселей: {scaling} ({scaling_from})</translation>
    </message>
    <message>
        <source>{folder} (on the computer that built this model)</source>
        <translation>{folder} (на компьютере, где создана эта модель)</translation>
    </message>
    <message>
        <source>{folder} (not on this computer)</source>
        <translation>{folder} (нет на этом компьютере)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>{size}×{size} px</source>
        <translation>{size}×{size} пикс.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Размер файла</translation>
    </message>
    <message>
        <source>Epochs trained</source>
        <translation>Обучено эпох</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Время обучения</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Обучена на</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Cannot be opened:</source>
        <translation>Не открывается:</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Настройки обучения</translation>
    </message>
    <message>
        <source>Class names ({count})</source>
        <translation>Имена классов ({count})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Select a model to see what it knows and how it was trained.</source>
        <translation>Выберите модель, чтобы увидеть, что она знает и как её обучали.</translation>
    </message>
    <message>
        <source>Accuracy on held-out real photos</source>
        <translation>Точность на отложенных реальных фото</translation>
    </message>
    <message>
        <source>Held-out real photos</source>
        <translation>Отложенные реальные фото</translation>
    </message>
    <message>
        <source>Same, exact variety</source>
        <translation>То же, точный сорт</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Точность на тесте</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>Тестовые изображения</translation>
    </message>
    <message>
        <source>Own fruit called “not one of mine”</source>
        <translation>Свои фрукты, названные «не из моих»</translation>
    </message>
    <message>
        <source>Packaged goods refused</source>
        <translation>Отказ на упакованных товарах</translation>
    </message>
    <message>
        <source>Fruit-free photos refused</source>
        <translation>Отказ на фото без фруктов</translation>
    </message>
    <message>
        <source>Unseen fruit refused</source>
        <translation>Отказ на незнакомых фруктах</translation>
    </message>
    <message>
        <source>AUROC known vs unseen fruit</source>
        <translation>AUROC: знакомые против незнакомых фруктов</translation>
    </message>
    <message>
        <source>Largest share of wrong answers one label takes</source>
        <translation>Наибольшая доля ошибок на одной метке</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Точность на валидации</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Потери на валидации</translation>
    </message>
    <message>
        <source>Training–validation gap</source>
        <translation>Разрыв обучение–валидация</translation>
    </message>
    <message>
        <source>Accuracy on generated scenes</source>
        <translation>Точность на сгенерированных сценах</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка с данными</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Размер батча</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>Начальные веса</translation>
    </message>
    <message>
        <source>Backbone frozen</source>
        <translation>Базовая сеть заморожена</translation>
    </message>
    <message>
        <source>Fine-tuned layers</source>
        <translation>Слои с тонкой настройкой</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2-штраф</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Доля валидации</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно генератора</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>No model yet: train one or import a .keras file</source>
        <translation>Моделей пока нет: обучите модель или импортируйте файл .keras</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Bundled models come with the app and are read-only: import or train a copy to change one.</source>
        <translation>Встроенные модели поставляются с программой и доступны только для чтения: чтобы изменить такую модель, импортируйте или обучите копию.</translation>
    </message>
    <message>
        <source>This folder cannot be opened: {problem} You can delete it or show it in its folder.</source>
        <translation>Эту папку нельзя открыть: {problem} Её можно удалить или показать в папке.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} байт</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <source>Cannot be opened</source>
        <translation>Не открывается</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Встроенная</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моя</translation>
    </message>
</context>
<context>
    <name>ModelTableModel</name>
    <message numerus="yes">
        <source>%n classes + not one of mine</source>
        <translation>
            <numerusform>%n класс + не из моих</numerusform>
            <numerusform>%n класса + не из моих</numerusform>
            <numerusform>%n классов + не из моих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n класс</numerusform>
            <numerusform>%n класса</numerusform>
            <numerusform>%n классов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelWords</name>
    <message>
        <source>{percent} on Fruits-360 Test</source>
        <translation>{percent} на тесте Fruits-360</translation>
    </message>
    <message>
        <source>{percent} on test set</source>
        <translation>{percent} на тестовом наборе</translation>
    </message>
    <message>
        <source>{percent} on validation</source>
        <translation>{percent} на валидации</translation>
    </message>
    <message>
        <source>{percent} on held-out real shop photos</source>
        <translation>{percent} на отложенных реальных фото из магазина</translation>
    </message>
    <message>
        <source>{percent} on real photos</source>
        <translation>{percent} на реальных фото</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>{names}, … ({count} more)</source>
        <translation>{names}, … (ещё {count})</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>поставляется с программой</translation>
    </message>
    <message>
        <source>your model</source>
        <translation>ваша модель</translation>
    </message>
    <message>
        <source>Architecture: {arch}; input {size}×{size} px</source>
        <translation>Архитектура: {arch}; вход {size}×{size} пикс.</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}</source>
        <translation>Точность: {accuracy}</translation>
    </message>
    <message>
        <source>Accuracy: not measured</source>
        <translation>Точность: не измерена</translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation>Создана: {date}</translation>
    </message>
    <message>
        <source>Classes ({count}): {names}</source>
        <translation>Классы ({count}): {names}</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Папка: {path}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Import Model…</source>
        <translation>Импорт модели…</translation>
    </message>
    <message>
        <source>Add a model made elsewhere to the library: a .keras, .h5 or .tflite file, or a SavedModel folder (its saved_model.pb)</source>
        <translation>Добавить в библиотеку модель, созданную в другом месте: файл .keras, .h5 или .tflite либо папку SavedModel (её saved_model.pb)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Give the selected model a new name</source>
        <translation>Дать выбранной модели новое имя</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Move the selected model to the trash (asks first; Edit › Undo brings it back)</source>
        <translation>Переместить выбранную модель в корзину (с подтверждением; «Правка › Отменить» вернёт её)</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Open the model&apos;s folder</source>
        <translation>Открыть папку модели</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the selected model in a format other tools can run</source>
        <translation>Сохранить выбранную модель в формате, который могут запускать другие инструменты</translation>
    </message>
    <message>
        <source>As TensorFlow SavedModel…</source>
        <translation>Как TensorFlow SavedModel…</translation>
    </message>
    <message>
        <source>As TFLite (for phones)…</source>
        <translation>Как TFLite (для телефонов)…</translation>
    </message>
    <message>
        <source>Open in Classify</source>
        <translation>Открыть в «Распознавании»</translation>
    </message>
    <message>
        <source>Classify photos with the selected model</source>
        <translation>Распознавать фото выбранной моделью</translation>
    </message>
    <message>
        <source>Delete the selected model from the library</source>
        <translation>Удалить выбранную модель из библиотеки</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>Модель «{old}» переименована в «{new}».</translation>
    </message>
    <message>
        <source>Delete Model</source>
        <translation>Удаление модели</translation>
    </message>
    <message>
        <source>Move “{name}” and its files to the trash? Edit › Undo brings it back.</source>
        <translation>Переместить «{name}» и её файлы в корзину? «Правка › Отменить» вернёт её.</translation>
    </message>
    <message>
        <source>Undo Delete “{name}”</source>
        <translation>Отменить удаление «{name}»</translation>
    </message>
    <message>
        <source>Deleted “{name}” (moved to the trash: Edit › Undo brings it back).</source>
        <translation>Модель «{name}» удалена (перемещена в корзину: «Правка › Отменить» вернёт её).</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>Модель «{name}» удалена.</translation>
    </message>
    <message>
        <source>{reason}.

Delete “{name}” for good? It cannot be brought back.</source>
        <translation>{reason}.

Удалить «{name}» навсегда? Восстановить её будет нельзя.</translation>
    </message>
    <message>
        <source>“{name}” is back in the library.</source>
        <translation>Модель «{name}» снова в библиотеке.</translation>
    </message>
    <message>
        <source>Could not open a file manager; the model is in {folder}</source>
        <translation>Не удалось открыть файловый менеджер; модель находится в {folder}</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Импорт модели</translation>
    </message>
    <message>
        <source>Models ({patterns})</source>
        <translation>Модели ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Все файлы ({patterns})</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <source>Imported “{name}” ({classes}).</source>
        <translation>Модель «{name}» импортирована ({classes}).</translation>
    </message>
    <message>
        <source>Export SavedModel Into Folder</source>
        <translation>Экспорт SavedModel в папку</translation>
    </message>
    <message>
        <source>Export TFLite Model</source>
        <translation>Экспорт модели TFLite</translation>
    </message>
    <message>
        <source>TFLite models ({patterns})</source>
        <translation>Модели TFLite ({patterns})</translation>
    </message>
    <message>
        <source>Exporting “{name}” as {format}…</source>
        <translation>Экспорт «{name}» в формате {format}…</translation>
    </message>
    <message>
        <source>Exported “{name}” as {format} to {path}. It gives the same answers as the original on {count} sample photos (largest difference {difference}).</source>
        <translation>Модель «{name}» экспортирована в формате {format} в {path}. На примерах фото ({count}) она даёт те же ответы, что и оригинал (наибольшая разница {difference}).</translation>
    </message>
    <message>
        <source>{task} (waiting for TensorFlow to load)</source>
        <translation>{task} (ожидание загрузки TensorFlow)</translation>
    </message>
</context>
<context>
    <name>PathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выбор папки</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
</context>
<context>
    <name>ProbBars</name>
    <message>
        <source>Top answers</source>
        <translation>Лучшие ответы</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>{help}: the lowest value tried (equal ends fix it)</source>
        <translation>{help}: наименьшее проверяемое значение (одинаковые концы фиксируют его)</translation>
    </message>
    <message>
        <source>{help}: the highest value tried (equal ends fix it)</source>
        <translation>{help}: наибольшее проверяемое значение (одинаковые концы фиксируют его)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Classify it again</source>
        <translation>Распознать снова</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Модель: {name}</translation>
    </message>
    <message>
        <source>Classify with this model</source>
        <translation>Распознавать этой моделью</translation>
    </message>
    <message>
        <source>No Recent Items</source>
        <translation>Нет недавних элементов</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Очистить меню</translation>
    </message>
    <message>
        <source>“{name}” is no longer in the library</source>
        <translation>Модели «{name}» больше нет в библиотеке</translation>
    </message>
</context>
<context>
    <name>RefusalPicker</name>
    <message>
        <source>Rarely</source>
        <translation>Редко</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Сбалансированно</translation>
    </message>
    <message>
        <source>Readily</source>
        <translation>Охотно</translation>
    </message>
    <message>
        <source>own fruit refused {percent}</source>
        <extracomment>(metadata key, how the tooltip words its figure) for each level&apos;s measured refusals.</extracomment>
        <translation>отказ на своих фруктах: {percent}</translation>
    </message>
    <message>
        <source>unknown fruit refused {percent}</source>
        <translation>отказ на незнакомых фруктах: {percent}</translation>
    </message>
    <message>
        <source>packaged goods refused {percent}</source>
        <translation>отказ на упакованных товарах: {percent}</translation>
    </message>
    <message>
        <source>How readily to answer “Not one of my fruits” for a photo the model is unsure shows one of its fruits.</source>
        <translation>Насколько охотно отвечать «Ни один из моих фруктов», когда модель не уверена, что на фото один из её фруктов.</translation>
    </message>
    <message>
        <source>This model has one threshold: the setting does not apply to it.</source>
        <translation>У этой модели один порог: настройка к ней не применяется.</translation>
    </message>
    <message>
        <source>{level}: {figures}</source>
        <translation>{level}: {figures}</translation>
    </message>
    <message>
        <source>measured threshold</source>
        <translation>измеренный порог</translation>
    </message>
    <message>
        <source>{level} (the model&apos;s default)</source>
        <translation>{level} (по умолчанию для модели)</translation>
    </message>
    <message>
        <source>Figures: real shop photos held out from training.</source>
        <translation>Цифры: реальные фото из магазина, отложенные при обучении.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>Not sure</source>
        <extracomment>The badge on a result row for each state that needs one.</extracomment>
        <translation>Не уверена</translation>
    </message>
    <message>
        <source>Not one of mine</source>
        <translation>Не из моих</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <extracomment>The narrowest row that still shows a name, its bars and &quot;100,0 %&quot;: Classify&apos;s list keeps at least this width (longer languages widen the panes beside it); rows take the view&apos;s width (no sideways scrolling).</extracomment>
        <translation>Не удалось прочитать: {reason}</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Распознавание…</translation>
    </message>
</context>
<context>
    <name>ResultDetail</name>
    <message>
        <source>Show where the model looked (Grad-CAM)</source>
        <translation>Показать, куда смотрела модель (Grad-CAM)</translation>
    </message>
    <message>
        <source>Colours the parts of the picture that pushed the model towards its answer (red: strong, blue: weak). Shown on the square crop the model sees.</source>
        <translation>Раскрашивает части изображения, которые подтолкнули модель к её ответу (красный — сильно, синий — слабо). Показывается на квадратном фрагменте, который видит модель.</translation>
    </message>
    <message>
        <source>No photo selected</source>
        <translation>Фото не выбрано</translation>
    </message>
    <message>
        <source>Select a result to see it larger, with its top three answers.</source>
        <translation>Выберите результат, чтобы увидеть его крупнее, с тремя лучшими ответами.</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Вставленное изображение</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>Не удалось прочитать: {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>{name} — classifying…</source>
        <translation>{name} — распознавание…</translation>
    </message>
    <message>
        <source>{unknown} (closest: {label})</source>
        <translation>{unknown} (ближе всего: {label})</translation>
    </message>
    <message>
        <source>Not sure — maybe {label}</source>
        <translation>Не уверена — может быть, {label}</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <source>pasted picture</source>
        <translation>вставленное изображение</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>The model is getting better at its training images than at images it has not seen. Try augmentation, more dropout or L2, early stopping, or more training photos. The best epoch (by validation accuracy) is what gets saved.</source>
        <translation>Модель справляется с обучающими изображениями лучше, чем с теми, которых не видела. Попробуйте аугментацию, больше дропаута или L2, раннюю остановку или больше обучающих фото. Сохраняется лучшая эпоха (по точности на валидации).</translation>
    </message>
    <message>
        <source>More regularisation will not help here: check that the validation images look like the training images, the preprocessing, and models with BatchNorm trained for very few epochs.</source>
        <translation>Больше регуляризации здесь не поможет: проверьте, что изображения для валидации похожи на обучающие, предобработку, а также модели с BatchNorm, обученные очень мало эпох.</translation>
    </message>
    <message>
        <source>Overfitting?</source>
        <extracomment>badge text and tooltip advice per diagnose_fit kind (translated in the RunMonitor context); other kinds: no badge</extracomment>
        <translation>Переобучение?</translation>
    </message>
    <message>
        <source>Fails on validation?</source>
        <translation>Ошибки на валидации?</translation>
    </message>
    <message>
        <source>Nothing is training.</source>
        <translation>Ничего не обучается.</translation>
    </message>
    <message>
        <source>Messages from training appear here.</source>
        <translation>Здесь появятся сообщения обучения.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <source>{outcome} after {duration}</source>
        <translation>{outcome} через {duration}</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Устройство: {device}</translation>
    </message>
    <message>
        <source>Where this training runs: the device and the Keras backend (TensorFlow or PyTorch)</source>
        <translation>Где идёт это обучение: устройство и бэкенд Keras (TensorFlow или PyTorch)</translation>
    </message>
    <message>
        <source>Training {network} on {images} images ({validation} for validation), {batches} batches per epoch, on {device}.</source>
        <translation>Обучение {network} на {device}: изображений — {images} (для валидации — {validation}), батчей за эпоху — {batches}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}: {scores} ({seconds} s)</source>
        <translation>Эпоха {epoch}/{epochs}: {scores} ({seconds} с)</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>Эпоха {epoch}/{epochs} · батч {batch}/{batches}</translation>
    </message>
    <message>
        <source>ETA {duration} · {rate} images/s</source>
        <translation>Осталось {duration} · {rate} изобр./с</translation>
    </message>
</context>
<context>
    <name>ScalingPreview</name>
    <message>
        <source>Preview answers on sample photos</source>
        <extracomment>runner(job, on_done, on_failed): runs ``job()`` in the background, then one of the callbacks on the GUI thread.</extracomment>
        <translation>Предпросмотр ответов на примерах фото</translation>
    </message>
    <message>
        <source>Runs the model on the bundled sample photos under each scaling</source>
        <translation>Запускает модель на встроенных примерах фото при каждом варианте масштабирования</translation>
    </message>
    <message>
        <source>Answering the sample photos…</source>
        <translation>Ответы на примеры фото…</translation>
    </message>
    <message>
        <source>Pick the column whose answers match the photos (click its header).</source>
        <translation>Выберите столбец, ответы в котором соответствуют фото (нажмите на его заголовок).</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Нет предпросмотра: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>SpaceForm</name>
    <message>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Дропаут</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2-штраф</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Аугментация</translation>
    </message>
    <message>
        <source>Backbone layers trained</source>
        <translation>Обучаемые слои базовой сети</translation>
    </message>
    <message>
        <source>Epochs per trial</source>
        <translation>Эпох на попытку</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Study name</source>
        <translation>Имя исследования</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Сэмплер</translation>
    </message>
    <message>
        <source>Stop weak trials early</source>
        <translation>Отсекать слабые попытки досрочно</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>a journal file in the app&apos;s data folder</source>
        <translation>файл журнала в папке данных программы</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>No trial is training here.</source>
        <translation>Здесь не обучается ни одна попытка.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>A searched setting as the running text names it (translated in the StudyView context).</extracomment>
        <translation>скорость обучения</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>дропаут</translation>
    </message>
    <message>
        <source>l2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>augment strength</source>
        <translation>сила аугментации</translation>
    </message>
    <message>
        <source>fine tune layers</source>
        <translation>слои тонкой настройки</translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>Trial states as the summary line counts them (&quot;2 running, 5 complete&quot;).</extracomment>
        <translation>выполняются</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершены</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>отсечены</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>с ошибкой</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (training here): {settings}</source>
        <translation>&lt;b&gt;Попытка {number}&lt;/b&gt; (обучается здесь): {settings}</translation>
    </message>
    <message>
        <source>No study “{study}” in {storage} yet.</source>
        <translation>Исследования «{study}» в {storage} пока нет.</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{state}: {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{study}&lt;/b&gt;: {count} of {budget} trials ({states}) · storage {storage}</source>
        <translation>&lt;b&gt;{study}&lt;/b&gt;: попыток {count} из {budget} ({states}) · хранилище {storage}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{study}&lt;/b&gt;: {count} trials ({states}) · storage {storage}</source>
        <translation>&lt;b&gt;{study}&lt;/b&gt;: попыток {count} ({states}) · хранилище {storage}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;trial {number}&lt;/b&gt;, validation accuracy {accuracy} ({settings})</source>
        <translation>Лучшая: &lt;b&gt;попытка {number}&lt;/b&gt;, точность на валидации {accuracy} ({settings})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (another worker on {worker}): validation accuracy per epoch</source>
        <translation>&lt;b&gt;Попытка {number}&lt;/b&gt; (другой узел: {worker}): точность на валидации по эпохам</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (another worker): validation accuracy per epoch</source>
        <translation>&lt;b&gt;Попытка {number}&lt;/b&gt; (другой узел): точность на валидации по эпохам</translation>
    </message>
</context>
<context>
    <name>TeachController</name>
    <message>
        <source>This is…</source>
        <translation>Это…</translation>
    </message>
    <message>
        <source>Tell the model what the selected photos really show (copies them into its teaching set)</source>
        <translation>Сказать модели, что на самом деле на выбранных фото (копирует их в учебные фото)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s) as “{name}”.</source>
        <translation>
            <numerusform>Добавлено %n фото как «{name}».</numerusform>
            <numerusform>Добавлено %n фото как «{name}».</numerusform>
            <numerusform>Добавлено %n фото как «{name}».</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder} holds no class folders of photos: drop a folder with one sub-folder per class.</source>
        <translation>В {folder} нет папок классов с фото: перетащите папку, в которой для каждого класса есть вложенная папка.</translation>
    </message>
    <message>
        <source>Waiting for TensorFlow to load…</source>
        <translation>Ожидание загрузки TensorFlow…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Saved “{name}”; your photos are part of it now. {score}</source>
        <translation>Модель «{name}» сохранена, теперь она знает ваши фото. {score}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed:</source>
        <translation>
            <numerusform>Изменился %n ответ:</numerusform>
            <numerusform>Изменилось %n ответа:</numerusform>
            <numerusform>Изменилось %n ответов:</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer in the list changed.</source>
        <translation>Ни один ответ в списке не изменился.</translation>
    </message>
</context>
<context>
    <name>TeachPanel</name>
    <message>
        <source>Teach this model your own photos: select results on the left, press “This is…” and pick or type the right class. You can also drop a folder of class folders here.</source>
        <translation>Научите эту модель своим фото: выберите результаты слева, нажмите «Это…» и выберите или введите правильный класс. Сюда также можно перетащить папку с папками классов.</translation>
    </message>
    <message>
        <source>Teaching set</source>
        <translation>Учебные фото</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected copies from the teaching set (your photos stay)</source>
        <translation>Убрать выбранные копии из учебных фото (ваши фото останутся)</translation>
    </message>
    <message>
        <source>Teach</source>
        <translation>Научить</translation>
    </message>
    <message>
        <source>Save a copy of this model that has learned the teaching set</source>
        <translation>Сохранить копию этой модели, выучившую учебные фото</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {classes}</source>
        <translation>
            <numerusform>%n фото: {classes}</numerusform>
            <numerusform>%n фото: {classes}</numerusform>
            <numerusform>%n фото: {classes}</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning: pass {number} of {total}</source>
        <translation>Учится: проход {number} из {total}</translation>
    </message>
    <message>
        <source>Go back to “{name}”</source>
        <translation>Вернуться к «{name}»</translation>
    </message>
</context>
<context>
    <name>TeachScore</name>
    <message>
        <source>Classes you did not teach: {before} of {held} set-aside images right before, {after} after (too few for a score).</source>
        <extracomment>Fewer held-back photos than this give counts, not a percentage: &quot;0 % → 100 %&quot; of one photo misleads.</extracomment>
        <translation>Классы, которым вы модель не учили: отложенных изображений верно {before} из {held} до, {after} после (слишком мало для оценки).</translation>
    </message>
    <message numerus="yes">
        <source>Classes you did not teach: {before} → {after} right (%n set-aside image(s)).</source>
        <translation>
            <numerusform>Классы, которым вы модель не учили: верно {before} → {after} (%n отложенное изображение).</numerusform>
            <numerusform>Классы, которым вы модель не учили: верно {before} → {after} (%n отложенных изображения).</numerusform>
            <numerusform>Классы, которым вы модель не учили: верно {before} → {after} (%n отложенных изображений).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few photos per class to hold some back for a before/after score (5 per class are enough).</source>
        <translation>Слишком мало фото в классе, чтобы отложить часть для оценки «до/после» (достаточно 5 на класс).</translation>
    </message>
    <message>
        <source>Held-back photos: {before} of {held} right before, {after} after (too few for a score; {minimum} or more give one).</source>
        <translation>Отложенные фото: верно {before} из {held} до, {after} после (слишком мало для оценки; нужно {minimum} или больше).</translation>
    </message>
    <message numerus="yes">
        <source>Held-back photos: {before} → {after} right (%n photo(s)).</source>
        <translation>
            <numerusform>Отложенные фото: верно {before} → {after} (%n фото).</numerusform>
            <numerusform>Отложенные фото: верно {before} → {after} (%n фото).</numerusform>
            <numerusform>Отложенные фото: верно {before} → {after} (%n фото).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TfLoader</name>
    <message>
        <source>TensorFlow could not be loaded ({reason}). Training, Grad-CAM and export need it: reinstall the app or run &apos;pip install tensorflow&apos;.</source>
        <translation>Не удалось загрузить TensorFlow ({reason}). Он нужен для обучения, Grad-CAM и экспорта: переустановите программу или выполните «pip install tensorflow».</translation>
    </message>
</context>
<context>
    <name>ThisIsDialog</name>
    <message>
        <source>This is…</source>
        <translation>Это…</translation>
    </message>
    <message>
        <source>Pick a class or type a new one, e.g. Pear</source>
        <translation>Выберите класс или введите новый, например Груша</translation>
    </message>
    <message>
        <source>What is in this photo? A copy goes into the teaching set; the photos stay where they are.</source>
        <translation>Что на этом фото? Копия попадёт в учебные фото, сами фото останутся на месте.</translation>
    </message>
    <message numerus="yes">
        <source>What is in these %n photos? A copy goes into the teaching set; the photos stay where they are.</source>
        <translation>
            <numerusform>Что на этих фото (%n)? Копии попадут в учебные фото, сами фото останутся на месте.</numerusform>
            <numerusform>Что на этих фото (%n)? Копии попадут в учебные фото, сами фото останутся на месте.</numerusform>
            <numerusform>Что на этих фото (%n)? Копии попадут в учебные фото, сами фото останутся на месте.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model answered: {answer}</source>
        <translation>Ответ модели: {answer}</translation>
    </message>
</context>
<context>
    <name>TrainJobs</name>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>{name} — {network}, {done}/{epochs} epochs, {status}</source>
        <translation>{name} — {network}, эпох {done}/{epochs}, {status}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Training is running. Stop it and quit?</source>
        <translation>Идёт обучение. Остановить его и выйти?</translation>
    </message>
    <message>
        <source>The best epoch so far is saved to the library.</source>
        <translation>Лучшая на данный момент эпоха сохраняется в библиотеку.</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Начать обучение</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop after the current batch; the best completed epoch is saved</source>
        <translation>Остановить после текущего батча; сохраняется лучшая завершённая эпоха</translation>
    </message>
    <message>
        <source>Stopped runs that can continue from their last completed epoch</source>
        <translation>Остановленные запуски, которые можно продолжить с последней завершённой эпохи</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Several Machines…</source>
        <translation>Несколько компьютеров…</translation>
    </message>
    <message>
        <source>Train the first checked network with other machines: this one is the chief (docs/distributed.md)</source>
        <translation>Обучить первую отмеченную сеть вместе с другими компьютерами: этот будет главным (docs/distributed.md)</translation>
    </message>
    <message>
        <source>Stopped run:</source>
        <translation>Остановленный запуск:</translation>
    </message>
    <message>
        <source>Open in Classify</source>
        <translation>Открыть в «Распознавании»</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Compare the models this queue saved on a test folder</source>
        <translation>Сравнить модели, сохранённые этой очередью, на тестовой папке</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{network} on several machines</source>
        <translation>{network} на нескольких компьютерах</translation>
    </message>
    <message>
        <source>Waiting for the other machines to join; training starts when all have.</source>
        <translation>Ожидание подключения других компьютеров; обучение начнётся, когда подключатся все.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Saved model {model} in the library.</source>
        <translation>В библиотеке сохранена модель {model}.</translation>
    </message>
    <message>
        <source>Several machines: {status}</source>
        <translation>Несколько компьютеров: {status}</translation>
    </message>
    <message>
        <source>Resuming {run}</source>
        <translation>Продолжение: {run}</translation>
    </message>
    <message numerus="yes">
        <source>Stopping after the current batch… (%n queued run(s) cancelled)</source>
        <translation>
            <numerusform>Остановка после текущего батча… (отменён %n запуск в очереди)</numerusform>
            <numerusform>Остановка после текущего батча… (отменено %n запуска в очереди)</numerusform>
            <numerusform>Остановка после текущего батча… (отменено %n запусков в очереди)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Остановка после текущего батча…</translation>
    </message>
    <message>
        <source>{title} — run {number} of {count}</source>
        <translation>{title} — запуск {number} из {count}</translation>
    </message>
    <message>
        <source>Command line: {command}</source>
        <translation>Командная строка: {command}</translation>
    </message>
    <message>
        <source>Reproduce: {command}</source>
        <translation>Повторить: {command}</translation>
    </message>
    <message>
        <source>Continue after a stop: {command}</source>
        <translation>Продолжить после остановки: {command}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>“{name}”, test accuracy {accuracy}</source>
        <translation>«{name}», точность на тесте {accuracy}</translation>
    </message>
    <message>
        <source>“{name}”, validation accuracy {accuracy}</source>
        <translation>«{name}», точность на валидации {accuracy}</translation>
    </message>
    <message>
        <source>Saved {model} (stopped early; best epoch kept)</source>
        <translation>Сохранена модель {model} (досрочная остановка; оставлена лучшая эпоха)</translation>
    </message>
    <message>
        <source>Saved {model}</source>
        <translation>Сохранена модель {model}</translation>
    </message>
    <message>
        <source>stopped before an epoch completed; nothing saved</source>
        <translation>остановлено до завершения эпохи; ничего не сохранено</translation>
    </message>
    <message>
        <source>Stopped before training began; nothing was saved.</source>
        <translation>Остановлено до начала обучения; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Training failed: {reason}</source>
        <translation>Обучение не удалось: {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>{reason} Trying again with weights: {weights}.</source>
        <translation>{reason} Повторная попытка с весами: {weights}.</translation>
    </message>
    <message>
        <source>ImageNet weights unavailable</source>
        <translation>Веса ImageNet недоступны</translation>
    </message>
    <message>
        <source>Train from Scratch</source>
        <translation>Обучить с нуля</translation>
    </message>
    <message>
        <source>Choose Weights File…</source>
        <translation>Выбрать файл весов…</translation>
    </message>
    <message>
        <source>Weights for {network}</source>
        <translation>Веса для {network}</translation>
    </message>
    <message>
        <source>Keras weights ({patterns})</source>
        <translation>Веса Keras ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Все файлы ({patterns})</translation>
    </message>
</context>
<context>
    <name>TrainQueue</name>
    <message>
        <source>waiting</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>обучение…</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>stopped, saved</source>
        <translation>остановлено, сохранено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>{number}. {title} — {status}: {message}</source>
        <translation>{number}. {title} — {status}: {message}</translation>
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
        <translation>Точность на валидации по попыткам</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>попытка</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>лучшая на данный момент</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>отсечены</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>с ошибкой</translation>
    </message>
    <message>
        <source>Each trial&apos;s validation accuracy appears here as it finishes</source>
        <translation>Здесь появится точность на валидации каждой попытки по мере их завершения</translation>
    </message>
</context>
<context>
    <name>TrialsTable</name>
    <message>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Дропаут</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Аугментация</translation>
    </message>
    <message>
        <source>Layers trained</source>
        <translation>Обучаемые слои</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Попытка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>Точность на валидации</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <extracomment>What the header shows (short: every column fits the Tune view at 1024 px); HEADERS are the tooltips.</extracomment>
        <translation>Точн. вал.</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>LR</translation>
    </message>
    <message>
        <source>Aug.</source>
        <translation>Ауг.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>pruned (trailing)</source>
        <translation>отсечена (отстаёт)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>выполняется…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
</context>
<context>
    <name>TunePage</name>
    <message>
        <source>A study is training trials in this window. Stop the study here and quit?

This window&apos;s trial stops; the study keeps its finished trials and best model (Resume continues it). Workers in other processes or on other machines keep going.</source>
        <translation>В этом окне исследование обучает попытки. Остановить здесь исследование и выйти?

Попытка в этом окне остановится; исследование сохранит завершённые попытки и лучшую модель («Продолжить» возобновит его). Узлы в других процессах или на других компьютерах продолжат работу.</translation>
    </message>
    <message>
        <source>Network (settings every trial starts from)</source>
        <translation>Сеть (настройки, с которых начинается каждая попытка)</translation>
    </message>
    <message>
        <source>Start Study</source>
        <translation>Начать исследование</translation>
    </message>
    <message>
        <source>Run trials here until the study has its number of trials (workers elsewhere with the same storage and study name share them)</source>
        <translation>Выполнять попытки здесь, пока у исследования не наберётся заданное число попыток (узлы в других местах с тем же хранилищем и именем исследования делят их)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop every worker of the study, here and on other machines, after its batch</source>
        <translation>Остановить все узлы исследования, здесь и на других компьютерах, после их текущего батча</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Studies in the storage: choose one to watch it and load its settings</source>
        <translation>Исследования в хранилище: выберите одно, чтобы следить за ним и загрузить его настройки</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Continue the study shown with its own settings, up to the Trials asked for</source>
        <translation>Продолжить показанное исследование с его собственными настройками, до заданного числа попыток</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Исследование:</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) each</source>
        <translation>
            <numerusform>по %n эпохе</numerusform>
            <numerusform>по %n эпохи</numerusform>
            <numerusform>по %n эпох</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting study “{study}”: %n trials of {epochs}…</source>
        <translation>
            <numerusform>Запуск исследования «{study}»: %n попытка {epochs}…</numerusform>
            <numerusform>Запуск исследования «{study}»: %n попытки {epochs}…</numerusform>
            <numerusform>Запуск исследования «{study}»: %n попыток {epochs}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping every worker of study “{study}” after its current batch…</source>
        <translation>Остановка всех узлов исследования «{study}» после их текущего батча…</translation>
    </message>
    <message>
        <source>Could not ask the other workers to stop: {reason}</source>
        <translation>Не удалось попросить другие узлы остановиться: {reason}</translation>
    </message>
    <message>
        <source>Training trials of “{study}” here (it had {before} of {wanted} when this worker joined). Stop ends every worker of the study.</source>
        <translation>Попытки исследования «{study}» обучаются здесь (когда этот узел подключился, было {before} из {wanted}). «Остановить» завершает все узлы исследования.</translation>
    </message>
    <message numerus="yes">
        <source>Study “{study}” holds %n trials ({done} complete).</source>
        <translation>
            <numerusform>В исследовании «{study}» %n попытка (завершено: {done}).</numerusform>
            <numerusform>В исследовании «{study}» %n попытки (завершено: {done}).</numerusform>
            <numerusform>В исследовании «{study}» %n попыток (завершено: {done}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No trial completed: try a wider learning-rate range or more epochs per trial.</source>
        <translation>Ни одна попытка не завершилась: попробуйте более широкий диапазон скорости обучения или больше эпох на попытку.</translation>
    </message>
    <message>
        <source>The study stopped: {reason}</source>
        <translation>Исследование остановлено: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the study: {reason} Check the storage path or URL, then choose the study again.</source>
        <translation>Не удалось прочитать исследование: {reason} Проверьте путь или URL хранилища и снова выберите исследование.</translation>
    </message>
    <message>
        <source>Cannot list the studies: {reason}</source>
        <translation>Не удалось получить список исследований: {reason}</translation>
    </message>
</context>
<context>
    <name>WeightsEdit</name>
    <message>
        <source>Pretrained on ImageNet: included for EfficientNet-Lite0; downloaded once (internet needed) for VGG16 and ResNet50</source>
        <translation>Предобучены на ImageNet: для EfficientNet-Lite0 входят в программу; для VGG16 и ResNet50 загружаются один раз (нужен интернет)</translation>
    </message>
    <message>
        <source>a .weights.h5 file</source>
        <translation>файл .weights.h5</translation>
    </message>
    <message>
        <source>Keras weights ({patterns})</source>
        <translation>Веса Keras ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>Apply augmentation to training images</source>
        <translation>Применять аугментацию к обучающим изображениям</translation>
    </message>
    <message>
        <source>Random horizontal and vertical flips</source>
        <translation>Случайные отражения по горизонтали и вертикали</translation>
    </message>
    <message>
        <source>Largest rotation, as a fraction of a full turn</source>
        <translation>Наибольший поворот, в долях полного оборота</translation>
    </message>
    <message>
        <source>Largest zoom-out (fruit shrinks to 1/(1+zoom)); zoom-in is capped at 0.25</source>
        <translation>Наибольшее отдаление (фрукт уменьшается до 1/(1+zoom)); приближение ограничено 0,25</translation>
    </message>
    <message>
        <source>Largest brightness change (fraction)</source>
        <translation>Наибольшее изменение яркости (доля)</translation>
    </message>
    <message>
        <source>Largest contrast change (fraction)</source>
        <translation>Наибольшее изменение контраста (доля)</translation>
    </message>
    <message>
        <source>Largest hue/saturation change (fraction)</source>
        <translation>Наибольшее изменение оттенка/насыщенности (доля)</translation>
    </message>
    <message>
        <source>Probability of blur and sensor noise</source>
        <translation>Вероятность размытия и шума сенсора</translation>
    </message>
    <message>
        <source>Folder of background photos to composite white-background fruit onto (empty: off)</source>
        <translation>Папка с фоновыми фото, на которые накладываются фрукты с белым фоном (пусто: выкл.)</translation>
    </message>
    <message>
        <source>Share of training images composited onto a background</source>
        <translation>Доля обучающих изображений, наложенных на фон</translation>
    </message>
    <message>
        <source>Folder of class folders, or a Fruits-360 folder with Training/ and Test/</source>
        <translation>Папка с папками классов или папка Fruits-360 с Training/ и Test/</translation>
    </message>
    <message>
        <source>Network architecture</source>
        <translation>Архитектура сети</translation>
    </message>
    <message>
        <source>Number of passes over the training data</source>
        <translation>Число проходов по обучающим данным</translation>
    </message>
    <message>
        <source>Images per training step</source>
        <translation>Изображений на шаг обучения</translation>
    </message>
    <message>
        <source>Adam learning rate</source>
        <translation>Скорость обучения Adam</translation>
    </message>
    <message>
        <source>Square input size in pixels (0: the architecture&apos;s default)</source>
        <translation>Размер квадратного входа в пикселях (0: по умолчанию для архитектуры)</translation>
    </message>
    <message>
        <source>Share of training images held out for validation</source>
        <translation>Доля обучающих изображений, отложенных для валидации</translation>
    </message>
    <message>
        <source>Optional separate test folder (empty: the Test/ beside the data, if any)</source>
        <translation>Необязательная отдельная тестовая папка (пусто: папка Test/ рядом с данными, если есть)</translation>
    </message>
    <message>
        <source>Backbone weights: &apos;imagenet&apos;, &apos;none&apos; or a path to a weights file</source>
        <translation>Веса базовой сети: &apos;imagenet&apos;, &apos;none&apos; или путь к файлу весов</translation>
    </message>
    <message>
        <source>Freeze the pretrained backbone and train only the head</source>
        <translation>Заморозить предобученную базовую сеть и обучать только голову</translation>
    </message>
    <message>
        <source>With a frozen backbone, unfreeze this many of its last layers</source>
        <translation>При замороженной базовой сети разморозить столько её последних слоёв</translation>
    </message>
    <message>
        <source>Dropout before the classifier</source>
        <translation>Дропаут перед классификатором</translation>
    </message>
    <message>
        <source>L2 weight penalty on dense/conv kernels</source>
        <translation>L2-штраф весов для ядер dense/conv</translation>
    </message>
    <message>
        <source>Stop after this many epochs without improvement (0: off)</source>
        <translation>Остановить после стольких эпох без улучшения (0: выкл.)</translation>
    </message>
    <message>
        <source>Halve the learning rate after this many flat epochs (0: off)</source>
        <translation>Уменьшать скорость обучения вдвое после стольких эпох без изменений (0: выкл.)</translation>
    </message>
    <message>
        <source>Weight classes inversely to their size (for lopsided folders)</source>
        <translation>Веса классов обратно пропорциональны их размеру (для несбалансированных папок)</translation>
    </message>
    <message>
        <source>Random seed for the split, shuffling and initial weights</source>
        <translation>Зерно генератора для разбиения, перемешивания и начальных весов</translation>
    </message>
    <message>
        <source>Mixed precision: float16 on GPUs, bfloat16 on CPUs with AVX-512 BF16 or AMX (others stay float32)</source>
        <translation>Смешанная точность: float16 на GPU, bfloat16 на CPU с AVX-512 BF16 или AMX (на остальных float32)</translation>
    </message>
    <message>
        <source>Keras backend to train on: tensorflow, torch (PyTorch: Apple GPU via MPS, CUDA or CPU) or auto (PyTorch where it sees a GPU that TensorFlow does not)</source>
        <translation>Бэкенд Keras для обучения: tensorflow, torch (PyTorch: GPU Apple через MPS, CUDA или CPU) или auto (PyTorch, если он видит GPU, которую не видит TensorFlow)</translation>
    </message>
    <message>
        <source>Also learn a &apos;Not one of my classes&apos; answer (from fruit-free photos shipped with the app and recoloured copies of yours), calibrated so its known-probability can be trusted</source>
        <translation>Также учить ответ «Ни один из моих классов» (по фото без фруктов, поставляемым с программой, и перекрашенным копиям ваших), с калибровкой, чтобы его вероятности можно было доверять</translation>
    </message>
    <message>
        <source>Name for the saved model (empty: generated)</source>
        <translation>Имя сохраняемой модели (пусто: создаётся автоматически)</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Аугментация</translation>
    </message>
    <message>
        <source>Settings every trial starts from</source>
        <translation>Настройки, с которых начинается каждая попытка</translation>
    </message>
    <message>
        <source>Trials the study should have in all (every worker together)</source>
        <translation>Сколько всего попыток должно быть в исследовании (все узлы вместе)</translation>
    </message>
    <message>
        <source>Epochs each trial trains</source>
        <translation>Сколько эпох обучается каждая попытка</translation>
    </message>
    <message>
        <source>Learning rate range (log scale)</source>
        <translation>Диапазон скорости обучения (логарифмическая шкала)</translation>
    </message>
    <message>
        <source>Dropout range</source>
        <translation>Диапазон дропаута</translation>
    </message>
    <message>
        <source>L2 penalty range (log scale)</source>
        <translation>Диапазон L2-штрафа (логарифмическая шкала)</translation>
    </message>
    <message>
        <source>Augmentation strength range (0: off, 1: strong)</source>
        <translation>Диапазон силы аугментации (0: выкл., 1: сильная)</translation>
    </message>
    <message>
        <source>Backbone layers unfrozen from the top (0: frozen backbone); searched only from pretrained weights, up to the network&apos;s limit</source>
        <translation>Слои базовой сети, размораживаемые сверху (0: базовая сеть заморожена); подбираются только для предобученных весов, до предела сети</translation>
    </message>
    <message>
        <source>Study name; workers with the same name and storage share it</source>
        <translation>Имя исследования; узлы с тем же именем и хранилищем используют его совместно</translation>
    </message>
    <message>
        <source>Journal file path or database URL (empty: a journal file in the app&apos;s data folder)</source>
        <translation>Путь к файлу журнала или URL базы данных (пусто: файл журнала в папке данных программы)</translation>
    </message>
    <message>
        <source>How the next trial&apos;s settings are chosen</source>
        <translation>Как выбираются настройки следующей попытки</translation>
    </message>
    <message>
        <source>Stop a trial early when its validation accuracy trails the median</source>
        <translation>Досрочно останавливать попытку, когда её точность на валидации ниже медианы</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>0 to 1 (pixels / 255)</source>
        <extracomment>name -&gt; (multiplier, offset) for x * multiplier + offset; caffe is handled on its own.</extracomment>
        <translation>от 0 до 1 (пиксели / 255)</translation>
    </message>
    <message>
        <source>0 to 255 (raw pixels; the model scales them itself)</source>
        <translation>от 0 до 255 (исходные пиксели; модель масштабирует их сама)</translation>
    </message>
    <message>
        <source>-1 to 1 (Teachable Machine, MobileNet)</source>
        <translation>от −1 до 1 (Teachable Machine, MobileNet)</translation>
    </message>
    <message>
        <source>caffe: BGR minus ImageNet means (VGG16, ResNet50 of keras.applications)</source>
        <translation>caffe: BGR минус средние ImageNet (VGG16, ResNet50 из keras.applications)</translation>
    </message>
    <message>
        <source>{name} stopped sending pictures.</source>
        <extracomment>File name endings read as videos (predict, the live view&apos;s &quot;Video file…&quot;).</extracomment>
        <translation>{name}: изображение больше не поступает.</translation>
    </message>
    <message>
        <source>Check that it is plugged in, then pick it again.</source>
        <translation>Проверьте, что камера подключена, и выберите её снова.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>Check the path, then open it again.</source>
        <translation>Проверьте путь и откройте снова.</translation>
    </message>
    <message>
        <source>{name} has no video in it.</source>
        <translation>В файле {name} нет видео.</translation>
    </message>
    <message>
        <source>Open a video file (.mp4, .mov, …).</source>
        <translation>Откройте видеофайл (.mp4, .mov, …).</translation>
    </message>
    <message>
        <source>{name} uses a video codec this app cannot decode.</source>
        <translation>{name} использует видеокодек, который эта программа не умеет декодировать.</translation>
    </message>
    <message>
        <source>Convert it to H.264 MP4, then open it again.</source>
        <translation>Преобразуйте его в H.264 MP4 и откройте снова.</translation>
    </message>
    <message>
        <source>{name} cannot be played ({reason}).</source>
        <translation>Не удаётся воспроизвести {name} ({reason}).</translation>
    </message>
    <message>
        <source>Open a video file this app can decode, e.g. H.264 MP4.</source>
        <translation>Откройте видеофайл, который программа может декодировать, например H.264 MP4.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <extracomment>Largest image we decode (≈ a 9500×9500 photo); bigger files are refused as &quot;too large&quot;. Suffixes listed when scanning folders (anything else is only taken if its bytes look like an image). Transparent pixels become white: Fruits-360 photos (the training data) are shot on white.
----------
The conversion kept beside model.keras. metadata.json key: the sha256 of the Keras file whose copy beside it outputs logits rather than probabilities.
----------
Layer classes whose 4D output is a sensible Grad-CAM target.</extracomment>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>пустой файл (0 байт)</translation>
    </message>
    <message>
        <source>unsupported colour mode {mode}</source>
        <translation>неподдерживаемый цветовой режим {mode}</translation>
    </message>
    <message>
        <source>a folder, not an image file</source>
        <translation>это папка, а не файл изображения</translation>
    </message>
    <message>
        <source>file not found</source>
        <extracomment>Built from the one architecture table (fruitclassifier/architectures.py).</extracomment>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>не удаётся прочитать файл ({error})</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>не удаётся прочитать файл</translation>
    </message>
    <message>
        <source>too large (over the decoder&apos;s safety limit)</source>
        <translation>слишком большой (превышен защитный предел декодера)</translation>
    </message>
    <message>
        <source>too large (not enough memory to decode)</source>
        <translation>слишком большой (недостаточно памяти для декодирования)</translation>
    </message>
    <message>
        <source>not an image we can read: HEIC photos need the optional pillow-heif package</source>
        <translation>не удаётся прочитать изображение: для фото HEIC нужен дополнительный пакет pillow-heif</translation>
    </message>
    <message>
        <source>not an image (or a format we cannot read)</source>
        <translation>не изображение (или формат, который не удаётся прочитать)</translation>
    </message>
    <message>
        <source>too large ({megapixels} megapixels, limit {limit})</source>
        <translation>слишком большой ({megapixels} Мпикс, предел {limit})</translation>
    </message>
    <message>
        <source>truncated or damaged image (zero width or height)</source>
        <translation>обрезанное или повреждённое изображение (нулевая ширина или высота)</translation>
    </message>
    <message>
        <source>truncated or damaged image</source>
        <translation>обрезанное или повреждённое изображение</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Потери на тесте</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Размер (МБ)</translation>
    </message>
    <message>
        <source>ms/image</source>
        <translation>мс/изобр.</translation>
    </message>
    <message>
        <source>Training time (s)</source>
        <translation>Время обучения (с)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <source>Best val. accuracy</source>
        <translation>Лучшая точн. на валидации</translation>
    </message>
    <message>
        <source>Val–Test gap</source>
        <translation>Разрыв вал.–тест</translation>
    </message>
    <message>
        <source>Train–val gap</source>
        <translation>Разрыв обуч.–вал.</translation>
    </message>
    <message>
        <source>Training accuracy is {gap:.0%} above validation accuracy (too few epochs of validation loss to tell overfitting from failing on unseen images).</source>
        <extracomment>A final training accuracy this much above the validation accuracy is a gap worth explaining. What diagnose_fit may find (FitDiagnosis.kind).</extracomment>
        <translation>Точность на обучении на {gap:.0%} выше точности на валидации (слишком мало эпох с потерями на валидации, чтобы отличить переобучение от ошибок на новых изображениях).</translation>
    </message>
    <message>
        <source>Training accuracy is {gap:.0%} above validation accuracy and validation loss has risen since epoch {epoch} ({best:.3f} → {last:.3f}).</source>
        <translation>Точность на обучении на {gap:.0%} выше точности на валидации, а потери на валидации растут с эпохи {epoch} ({best:.3f} → {last:.3f}).</translation>
    </message>
    <message>
        <source>Validation accuracy is {gap:.0%} below training accuracy while validation loss does not rise: the model fails on unseen images from the start, which is not overfitting (check the data split, preprocessing or BatchNorm).</source>
        <translation>Точность на валидации на {gap:.0%} ниже точности на обучении, а потери на валидации не растут: модель ошибается на новых изображениях с самого начала, и это не переобучение (проверьте разбиение данных, предобработку или BatchNorm).</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <extracomment>Accuracies closer than this are called a tie.</extracomment>
        <translation>{names} и {last}</translation>
    </message>
    <message>
        <source>{names} are about as accurate on this folder ({accuracy}); {fast} is faster ({fast_ms:.2f} vs {slow_ms:.2f} ms per image).</source>
        <translation>{names} примерно одинаково точны в этой папке ({accuracy}); {fast} быстрее ({fast_ms:.2f} против {slow_ms:.2f} мс на изображение).</translation>
    </message>
    <message>
        <source>Behind them: {models}.</source>
        <translation>Следом идут: {models}.</translation>
    </message>
    <message>
        <source>{model} is best on this folder (accuracy {accuracy} vs {others}).</source>
        <translation>{model} — лучшая в этой папке (точность {accuracy} против {others}).</translation>
    </message>
    <message>
        <source>{name} overfits: train–val gap {gap:.2f} and validation loss rising.</source>
        <extracomment>Best validation accuracy this far above the accuracy on the compared folder: the model learned its training data (and the validation split drawn from it) and does not carry over to these photos.</extracomment>
        <translation>{name} переобучается: разрыв обуч.–вал. {gap:.2f}, и потери на валидации растут.</translation>
    </message>
    <message>
        <source>{name} fails on validation from the start (train–val gap {gap:.2f}, validation loss not rising): not overfitting.</source>
        <translation>{name} ошибается на валидации с самого начала (разрыв обуч.–вал. {gap:.2f}, потери на валидации не растут): это не переобучение.</translation>
    </message>
    <message>
        <source>{name} has a train–val gap of {gap:.2f} (too few epochs of validation loss to say why).</source>
        <translation>У {name} разрыв обуч.–вал. {gap:.2f} (слишком мало эпох с потерями на валидации, чтобы сказать почему).</translation>
    </message>
    <message>
        <source>It does not overfit (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <extracomment>&quot;Nobody overfits&quot;, by how many models were judged (1, 2, more), with the limits (parts is empty) or without.</extracomment>
        <translation>Переобучения нет (валидация и эта папка в пределах {limit:.2f}, разрыв обуч.–вал. меньше {gap:.2f}).</translation>
    </message>
    <message>
        <source>Neither overfits (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <translation>Ни одна из двух не переобучается (валидация и эта папка в пределах {limit:.2f}, разрыв обуч.–вал. меньше {gap:.2f}).</translation>
    </message>
    <message>
        <source>None overfits (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <translation>Ни одна не переобучается (валидация и эта папка в пределах {limit:.2f}, разрыв обуч.–вал. меньше {gap:.2f}).</translation>
    </message>
    <message>
        <source>It does not overfit.</source>
        <translation>Переобучения нет.</translation>
    </message>
    <message>
        <source>Neither overfits.</source>
        <translation>Ни одна из двух не переобучается.</translation>
    </message>
    <message>
        <source>None overfits.</source>
        <translation>Ни одна не переобучается.</translation>
    </message>
    <message>
        <source>{name} overfits: validation accuracy {validation} but {accuracy} on this folder, so what it learned does not carry over to these photos.</source>
        <translation>{name} переобучается: точность на валидации {validation}, но {accuracy} в этой папке, значит, выученное не переносится на эти фото.</translation>
    </message>
    <message>
        <source>No training history is stored, so overfitting cannot be judged.</source>
        <translation>История обучения не сохранена, поэтому судить о переобучении нельзя.</translation>
    </message>
    <message>
        <source>{name}: accuracy {accuracy} on this folder.</source>
        <translation>{name}: точность {accuracy} в этой папке.</translation>
    </message>
    <message>
        <source>Preparing “{name}” for fast answers (once; this loads TensorFlow)…</source>
        <extracomment>Below this top probability the app says &quot;not sure&quot; instead of naming a fruit.</extracomment>
        <translation>Подготовка «{name}» к быстрым ответам (один раз; загружается TensorFlow)…</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>не удалось прочитать ({error})</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty: choose a new folder name</source>
        <translation>{folder} уже существует и не пуста: выберите новое имя папки</translation>
    </message>
    <message>
        <source>Could not write the SavedModel: {reason}</source>
        <translation>Не удалось записать SavedModel: {reason}</translation>
    </message>
    <message>
        <source>Could not convert the model to TFLite: {reason}</source>
        <translation>Не удалось преобразовать модель в TFLite: {reason}</translation>
    </message>
    <message>
        <source>Cannot export {name}: {reason}</source>
        <translation>Не удалось экспортировать {name}: {reason}</translation>
    </message>
    <message>
        <source>The exported {format} returns shape {got}, the original {expected}: the export is broken; please report it</source>
        <translation>Экспортированная модель {format} возвращает форму {got}, а оригинал — {expected}: экспорт испорчен; пожалуйста, сообщите об этом</translation>
    </message>
    <message>
        <source>The exported {format} disagrees with the original model (largest probability difference {diff}, allowed {allowed}), so it was not saved</source>
        <translation>Экспортированная модель {format} расходится с оригинальной (наибольшая разница вероятностей {diff}, допустимо {allowed}), поэтому она не сохранена</translation>
    </message>
    <message>
        <source>Teaching was cancelled; nothing was saved.</source>
        <translation>Операция «Научить» отменена; ничего не сохранено.</translation>
    </message>
    <message>
        <source>This model has no “Not one of my fruits” class.</source>
        <extracomment>What the user picks (GUI) or names a folder (CLI) to teach the model&apos;s &quot;not one of my fruits&quot; class.</extracomment>
        <translation>У этой модели нет класса «Ни один из моих фруктов».</translation>
    </message>
    <message>
        <source>Pick one of its classes or type a new name.</source>
        <translation>Выберите один из её классов или введите новое имя.</translation>
    </message>
    <message>
        <source>{name} cannot be a class name.</source>
        <translation>{name} не может быть именем класса.</translation>
    </message>
    <message>
        <source>Type a name without / \ : * ? &quot; &lt; &gt; | that does not start with a dot.</source>
        <translation>Введите имя без / \ : * ? &quot; &lt; &gt; |, которое не начинается с точки.</translation>
    </message>
    <message>
        <source>{name} is the model&apos;s internal name for “Not one of my fruits”.</source>
        <translation>{name} — внутреннее имя модели для «Ни один из моих фруктов».</translation>
    </message>
    <message>
        <source>Pick “Not one of my fruits” instead.</source>
        <translation>Выберите вместо него «Ни один из моих фруктов».</translation>
    </message>
    <message>
        <source>{path} is not in this teaching set.</source>
        <translation>{path} нет в этих учебных фото.</translation>
    </message>
    <message>
        <source>unexpected error: {error} (details are in the log)</source>
        <extracomment>A sentence that already ends here needs no &quot;. &quot; or &quot;; &quot; before the next step (the CJK marks included).</extracomment>
        <translation>непредвиденная ошибка: {error} (подробности в журнале)</translation>
    </message>
    <message>
        <source>Teach a model trained in this app, or the bundled one.</source>
        <extracomment>The share of the short side a random crop keeps (smallest, largest). Share of augmented replay images pasted onto crops of the user&apos;s photos. What to do with a model whose head cannot be taught.</extracomment>
        <translation>Научить можно модель, обученную в этой программе, или встроенную.</translation>
    </message>
    <message>
        <source>This model cannot be taught: it has no final Dense layer named “predictions”.</source>
        <translation>Эту модель нельзя научить: у неё нет последнего слоя Dense с именем «predictions».</translation>
    </message>
    <message>
        <source>This model cannot be taught: its “predictions” layer is not a softmax over a feature vector.</source>
        <translation>Эту модель нельзя научить: её слой «predictions» не является softmax над вектором признаков.</translation>
    </message>
    <message>
        <source>Looking at your photos: {done} of {total} views</source>
        <translation>Изучение ваших фото: вариантов {done} из {total}</translation>
    </message>
    <message>
        <source>The replay folder {folder} does not exist.</source>
        <extracomment>Layouts whose class folders sit one level down (a Fruits-360 download).</extracomment>
        <translation>Папка повторения {folder} не существует.</translation>
    </message>
    <message>
        <source>Pass a folder with one sub-folder of training images per class.</source>
        <translation>Укажите папку, в которой для каждого класса есть вложенная папка с обучающими изображениями.</translation>
    </message>
    <message>
        <source>{name} cannot be taught: it has no replay data (it was imported, so the app does not know its training images).</source>
        <translation>{name} нельзя научить: у неё нет данных для повторения (она импортирована, и программа не знает её обучающих изображений).</translation>
    </message>
    <message>
        <source>Pass --replay DIR, a folder with one sub-folder of its training images per class.</source>
        <translation>Укажите --replay DIR — папку, в которой для каждого класса есть вложенная папка с её обучающими изображениями.</translation>
    </message>
    <message>
        <source>Keeping your photos with the new model…</source>
        <extracomment>A class needs this many photos before some are held back for the before/after score. Teaching photos kept (small) beside the taught model so teaching it again still replays them.</extracomment>
        <translation>Сохранение ваших фото вместе с новой моделью…</translation>
    </message>
    <message>
        <source>Saving the new model and converting it for quick answers…</source>
        <translation>Сохранение новой модели и преобразование для быстрых ответов…</translation>
    </message>
    <message>
        <source>Teaching with Keras on PyTorch: {device}.</source>
        <translation>Операция «Научить» выполняется с Keras на PyTorch: {device}.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} — не папка.</translation>
    </message>
    <message>
        <source>Give a folder with one sub-folder of photos per class.</source>
        <translation>Укажите папку, в которой для каждого класса есть вложенная папка с фото.</translation>
    </message>
    <message>
        <source>{folder} holds no photos in class folders.</source>
        <translation>В {folder} нет фото в папках классов.</translation>
    </message>
    <message>
        <source>Put each class&apos;s photos in its own sub-folder, named after the class.</source>
        <translation>Поместите фото каждого класса в отдельную вложенную папку, названную по имени класса.</translation>
    </message>
    <message>
        <source>The class folder {folder} has no readable photo.</source>
        <translation>В папке класса {folder} нет читаемых фото.</translation>
    </message>
    <message>
        <source>Add .jpg or .png photos to it, or remove the folder.</source>
        <translation>Добавьте в неё фото .jpg или .png или удалите папку.</translation>
    </message>
    <message>
        <source>{name} cannot be taught: it has {outputs} outputs but {classes} class names.</source>
        <translation>{name} нельзя научить: у неё {outputs} выходов, но {classes} имён классов.</translation>
    </message>
    <message>
        <source>Re-import it with its class names.</source>
        <translation>Переимпортируйте её с именами классов.</translation>
    </message>
    <message>
        <source>weights: file not found: {path}</source>
        <extracomment>In an experiment config, ``weights = &quot;@previous&quot;`` starts a run from the previous run&apos;s trained model (a fine-tuning stage); ExperimentConfig resolves it to a weights file just before that run. Keras backends a run can train on (core/training/backend.py): &quot;auto&quot; is PyTorch where it sees a GPU (Apple&apos;s MPS, or CUDA) and TensorFlow does not, TensorFlow otherwise. Input size each architecture uses when the user does not choose one.</extracomment>
        <translation>weights: файл не найден: {path}</translation>
    </message>
    <message>
        <source>image_size: must be at least 16 pixels</source>
        <translation>image_size: должно быть не меньше 16 пикселей</translation>
    </message>
    <message>
        <source>image_size: {arch} needs at least {minimum} pixels</source>
        <translation>image_size: для {arch} нужно не меньше {minimum} пикс.</translation>
    </message>
    <message>
        <source>{field}: must be one of {choices}, not {value!r}</source>
        <translation>{field}: должно быть одним из значений {choices}, а не {value!r}</translation>
    </message>
    <message>
        <source>{field}: must be at least {min}, not {value}</source>
        <translation>{field}: должно быть не меньше {min}, а не {value}</translation>
    </message>
    <message>
        <source>{field}: must be at most {max}, not {value}</source>
        <translation>{field}: должно быть не больше {max}, а не {value}</translation>
    </message>
    <message>
        <source>{name}: range must lie in [{lowest}, {highest}] with low &lt;= high, not ({low}, {high})</source>
        <extracomment>Optional second test folder of realistic (not Fruits-360-style) images. Tuning&apos;s search samplers: TPE (Bayesian, Optuna&apos;s default), a Gaussian process, plain random search.</extracomment>
        <translation>{name}: диапазон должен лежать в [{lowest}, {highest}], причём нижняя граница &lt;= верхней, а не ({low}, {high})</translation>
    </message>
    <message>
        <source>{name}: a log-scale range must start above 0</source>
        <translation>{name}: диапазон в логарифмической шкале должен начинаться выше 0</translation>
    </message>
    <message>
        <source>study: give the study a name</source>
        <translation>study: задайте имя исследования</translation>
    </message>
    <message>
        <source>fine_tune_layers: range must lie in [0, {limit}] for {arch} with low &lt;= high, not ({low}, {high})</source>
        <translation>fine_tune_layers: для {arch} диапазон должен лежать в [0, {limit}], причём нижняя граница &lt;= верхней, а не ({low}, {high})</translation>
    </message>
    <message>
        <source>not an HDF5 model file (it may be damaged or another format)</source>
        <extracomment>Layers whose arrival means preprocessing is over (no scaling layer seen before them). Per layer class: config keys Keras 3 refuses that older Keras wrote with a harmless value. Per layer class: config keys tf.keras 2 wrote as one-element lists where Keras 3 wants the element.</extracomment>
        <translation>не файл модели HDF5 (возможно, он повреждён или в другом формате)</translation>
    </message>
    <message>
        <source>its model configuration is not valid JSON</source>
        <translation>его конфигурация модели — некорректный JSON</translation>
    </message>
    <message>
        <source>the labels file holds no list of names: use a JSON list or one name per line</source>
        <translation>файл меток не содержит списка имён: используйте список JSON или по одному имени в строке</translation>
    </message>
    <message>
        <source>saved_model.pb is damaged (not a SavedModel graph)</source>
        <extracomment>String operations whose names merely mention files (the saver builds shard names with them). Refused by name. Refused when the (lower-case) name contains one of these: files, readers and writers, summaries and events, Python, RPC and data service, input pipelines (they read and cache files), debugging hooks (they write to URLs), and cross-device or cross-machine traffic. Other names TensorFlow reads a SavedModel&apos;s graph from (text, chunked); an export writes saved_model.pb only.</extracomment>
        <translation>saved_model.pb повреждён (это не граф SavedModel)</translation>
    </message>
    <message>
        <source>is a folder, not a .keras model file (SavedModel folders are not supported)</source>
        <translation>это папка, а не файл модели .keras (папки SavedModel не поддерживаются)</translation>
    </message>
    <message>
        <source>is a legacy HDF5 model; open it in Keras and re-save it with model.save(&apos;name.keras&apos;)</source>
        <translation>это модель в устаревшем формате HDF5; откройте её в Keras и пересохраните с помощью model.save(&apos;name.keras&apos;)</translation>
    </message>
    <message>
        <source>is a TensorFlow Lite model: it answers photos, but cannot be fine-tuned, explained or exported again (import the Keras model for that)</source>
        <translation>это модель TensorFlow Lite: она распознаёт фото, но для неё недоступны тонкая настройка, объяснение и повторный экспорт (для этого импортируйте модель Keras)</translation>
    </message>
    <message>
        <source>not a Keras model file (expected a file ending in .keras)</source>
        <translation>не файл модели Keras (ожидается файл с расширением .keras)</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be renamed</source>
        <extracomment>Why a model cannot be changed, per action: whole sentences, so each translates as one.</extracomment>
        <translation>{name!r} — встроенная модель, её нельзя переименовать</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be deleted</source>
        <translation>{name!r} — встроенная модель, её нельзя удалить</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be changed</source>
        <translation>{name!r} — встроенная модель, её нельзя изменить</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be renamed here</source>
        <translation>{path} не находится в папке моделей программы, поэтому здесь эту модель нельзя переименовать</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be deleted here</source>
        <translation>{path} не находится в папке моделей программы, поэтому здесь эту модель нельзя удалить</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be changed here</source>
        <translation>{path} не находится в папке моделей программы, поэтому здесь эту модель нельзя изменить</translation>
    </message>
    <message>
        <source>import or train a copy if you want one you can change</source>
        <translation>импортируйте или обучите копию, если нужна модель, которую можно изменять</translation>
    </message>
    <message>
        <source>import it first</source>
        <translation>сначала импортируйте её</translation>
    </message>
    <message>
        <source>The new name is empty: type a name for the model</source>
        <translation>Новое имя пустое: введите имя модели</translation>
    </message>
    <message>
        <source>A model called {name!r} already exists: choose another name</source>
        <translation>Модель с именем {name!r} уже существует: выберите другое имя</translation>
    </message>
    <message>
        <source>Could not rename {name!r}: {reason}</source>
        <translation>Не удалось переименовать {name!r}: {reason}</translation>
    </message>
    <message>
        <source>Could not delete {name!r}: {reason}</source>
        <translation>Не удалось удалить {name!r}: {reason}</translation>
    </message>
    <message>
        <source>A model folder called {name!r} exists again, so the deleted one stays in the trash; put it back from there by hand under another name</source>
        <translation>Папка модели с именем {name!r} снова существует, поэтому удалённая модель остаётся в корзине; верните её оттуда вручную под другим именем</translation>
    </message>
    <message>
        <source>Could not bring the model back from {path}: {reason}</source>
        <translation>Не удалось вернуть модель из {path}: {reason}</translation>
    </message>
    <message>
        <source>put it back from the desktop&apos;s trash by hand</source>
        <translation>верните её вручную из корзины рабочего стола</translation>
    </message>
    <message>
        <source>Could not update {name!r}: {reason}</source>
        <translation>Не удалось обновить {name!r}: {reason}</translation>
    </message>
    <message>
        <source>No model name given</source>
        <translation>Не указано имя модели</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>There is no trash for {path} ({reason}), so it cannot be moved there</source>
        <translation>Для {path} нет корзины ({reason}), поэтому переместить туда нельзя</translation>
    </message>
    <message>
        <source>delete it for good instead (it cannot be brought back)</source>
        <translation>вместо этого удалите её навсегда (восстановить её будет нельзя)</translation>
    </message>
    <message>
        <source>Could not move {path} to the trash: {reason}</source>
        <translation>Не удалось переместить {path} в корзину: {reason}</translation>
    </message>
    <message>
        <source>Could not keep a copy of {path} for Undo: {reason}</source>
        <translation>Не удалось сохранить копию {path} для отмены: {reason}</translation>
    </message>
    <message>
        <source>check the free space and permissions of the app&apos;s data folder</source>
        <translation>проверьте свободное место и права доступа к папке данных программы</translation>
    </message>
    <message>
        <source>Skipped {name}: {reason}</source>
        <translation>Пропущен файл {name}: {reason}</translation>
    </message>
    <message>
        <source>Backbone features for {what}: {done:,} of {total:,} images</source>
        <extracomment>The pooling layer every transfer builder (models/layers.transfer_model) ends its backbone with.</extracomment>
        <translation>Признаки базовой сети для {what}: {done:,} из {total:,}</translation>
    </message>
    <message>
        <source>Frozen backbone: computing its features once, then training only the head.</source>
        <translation>Базовая сеть заморожена: её признаки вычисляются один раз, затем обучается только голова.</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>обучающих изображений</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>изображений для валидации</translation>
    </message>
    <message>
        <source>run {run!r} already finished all {epochs} epochs; give more epochs (--epochs N) to continue it</source>
        <translation>запуск {run!r} уже прошёл все эпохи ({epochs}); укажите больше эпох (--epochs N), чтобы продолжить его</translation>
    </message>
    <message>
        <source>run {run!r} finished and its checkpoint was removed to save space</source>
        <translation>запуск {run!r} завершён, и его контрольная точка удалена для экономии места</translation>
    </message>
    <message>
        <source>start a new run with its settings: --config {path}</source>
        <translation>начните новый запуск с его настройками: --config {path}</translation>
    </message>
    <message>
        <source>no training settings given</source>
        <translation>не заданы настройки обучения</translation>
    </message>
    <message>
        <source>invalid settings: {problems}</source>
        <translation>недопустимые настройки: {problems}</translation>
    </message>
    <message>
        <source>Reading {count:,} images of {classes} classes…</source>
        <translation>Чтение изображений: {count:,}, классов: {classes}…</translation>
    </message>
    <message>
        <source>training was cancelled before it started</source>
        <translation>обучение отменено до начала</translation>
    </message>
    <message>
        <source>Training in {precision} mixed precision (weights stay float32).</source>
        <translation>Обучение со смешанной точностью {precision} (веса остаются float32).</translation>
    </message>
    <message>
        <source>Training with Keras on PyTorch: {device}.</source>
        <translation>Обучение с Keras на PyTorch: {device}.</translation>
    </message>
    <message>
        <source>none of the images in the class folders could be read (e.g. {name}: {reason}); check that they hold photos</source>
        <translation>не удалось прочитать ни одного изображения в папках классов (например, {name}: {reason}); проверьте, что в них есть фото</translation>
    </message>
    <message>
        <source>too few readable training images; check the data folder</source>
        <translation>слишком мало читаемых обучающих изображений; проверьте папку с данными</translation>
    </message>
    <message>
        <source>no data folder given; choose a folder with one sub-folder per class</source>
        <translation>не указана папка с данными; выберите папку, в которой для каждого класса есть вложенная папка</translation>
    </message>
    <message>
        <source>training needs at least two classes, each in its own sub-folder</source>
        <translation>для обучения нужны хотя бы два класса, каждый в своей вложенной папке</translation>
    </message>
    <message>
        <source>Stopped; keeping the best completed epoch.</source>
        <translation>Остановлено; сохраняется лучшая завершённая эпоха.</translation>
    </message>
    <message>
        <source>Test folder not evaluated: {reason}</source>
        <translation>Тестовая папка не оценена: {reason}</translation>
    </message>
</context>
</TS>
