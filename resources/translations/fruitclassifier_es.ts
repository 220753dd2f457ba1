<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Fruit photos: &lt;b&gt;Fruits-360&lt;/b&gt; by Horea Mureșan and Mihai Oltean, licensed CC BY-SA 4.0 (github.com/fruits-360).</source>
        <translation>Fotos de frutas: &lt;b&gt;Fruits-360&lt;/b&gt;, de Horea Mureșan y Mihai Oltean, con licencia CC BY-SA 4.0 (github.com/fruits-360).</translation>
    </message>
    <message>
        <source>Background photos used for augmentation: CC0, public domain or CC BY, credited in their folder&apos;s README.</source>
        <translation>Fotos de fondo usadas para el aumento de datos: CC0, dominio público o CC BY, con sus créditos en el README de su carpeta.</translation>
    </message>
    <message>
        <source>Built with TensorFlow, Keras, Qt for Python (PySide6), pyqtgraph, Pillow and NumPy.</source>
        <translation>Creado con TensorFlow, Keras, Qt for Python (PySide6), pyqtgraph, Pillow y NumPy.</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>aún no cargado</translation>
    </message>
    <message>
        <source>Computes on</source>
        <translation>Calcula en</translation>
    </message>
    <message>
        <source>not known until TensorFlow has loaded</source>
        <translation>se sabrá cuando TensorFlow se haya cargado</translation>
    </message>
    <message>
        <source>About FruitClassifier</source>
        <translation>Acerca de FruitClassifier</translation>
    </message>
    <message>
        <source>Classify fruit photos by drag-and-drop; train and compare your own networks.</source>
        <translation>Clasifica fotos de frutas arrastrándolas y soltándolas; entrena y compara tus propias redes.</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Waiting…</source>
        <translation>En espera…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <source>Says {answer} (closest: {closest}).</source>
        <translation>Dice {answer} (la más cercana: {closest}).</translation>
    </message>
    <message>
        <source>Says {answer}.</source>
        <translation>Dice {answer}.</translation>
    </message>
    <message>
        <source>The warm colours show where it looked.</source>
        <translation>Los colores cálidos muestran dónde miró.</translation>
    </message>
</context>
<context>
    <name>ArchSettings</name>
    <message>
        <source>What to train</source>
        <translation>Qué entrenar</translation>
    </message>
    <message>
        <source>Checked networks train one after another, in this order. Their settings:</source>
        <translation>Las redes marcadas se entrenan una tras otra, en este orden. Sus ajustes:</translation>
    </message>
    <message>
        <source>{network} — pretrained on ImageNet, or from scratch</source>
        <translation>{network}: preentrenada con ImageNet o desde cero</translation>
    </message>
    <message>
        <source>{network} — small and fast, trained from scratch</source>
        <translation>{network}: pequeña y rápida, entrenada desde cero</translation>
    </message>
    <message>
        <source>Check at least one network to train.</source>
        <translation>Marca al menos una red para entrenar.</translation>
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
        <translation>CNN personalizada</translation>
    </message>
    <message>
        <source>Compact CNN</source>
        <translation>CNN compacta</translation>
    </message>
    <message>
        <source>Custom CNN (Fruits-360 style)</source>
        <translation>CNN personalizada (estilo Fruits-360)</translation>
    </message>
    <message>
        <source>Compact CNN (BatchNorm, for real photos)</source>
        <translation>CNN compacta (BatchNorm, para fotos reales)</translation>
    </message>
    <message>
        <source>EfficientNet-Lite0 (pretrained, fast)</source>
        <translation>EfficientNet-Lite0 (preentrenada, rápida)</translation>
    </message>
</context>
<context>
    <name>BestModelRow</name>
    <message>
        <source>Open Best in Classify</source>
        <translation>Abrir el mejor en Clasificar</translation>
    </message>
    <message>
        <source>The best trial&apos;s model is kept in the library; the others are deleted</source>
        <translation>El modelo de la mejor prueba se guarda en la biblioteca; los demás se eliminan</translation>
    </message>
    <message>
        <source>Open Best in Compare</source>
        <translation>Abrir el mejor en Comparar</translation>
    </message>
    <message>
        <source>Tick the best trial&apos;s model in Compare (with the study&apos;s test folder, if any), to measure it against other models</source>
        <translation>Marca el modelo de la mejor prueba en Comparar (con la carpeta de prueba del estudio, si la hay) para medirlo frente a otros modelos</translation>
    </message>
    <message>
        <source>The best model “{name}” cannot be opened here: {reason} (a study shared with another machine keeps it in the library of the machine that trained it).</source>
        <translation>El mejor modelo, «{name}», no se puede abrir aquí: {reason} (un estudio compartido con otro equipo lo guarda en la biblioteca del equipo que lo entrenó).</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Every camera this computer reports, or a video file played as a camera</source>
        <translation>Todas las cámaras que detecta este equipo, o un archivo de vídeo reproducido como cámara</translation>
    </message>
    <message>
        <source>front</source>
        <translation>frontal</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>trasera</translation>
    </message>
    <message>
        <source>{camera} ({position})</source>
        <translation>{camera} ({position})</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Archivo de vídeo…</translation>
    </message>
    <message>
        <source>{name} (video)</source>
        <translation>{name} (vídeo)</translation>
    </message>
</context>
<context>
    <name>ClassBars</name>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
</context>
<context>
    <name>ClassifyJobs</name>
    <message>
        <source>Looking for images…</source>
        <translation>Buscando imágenes…</translation>
    </message>
    <message>
        <source>Loading the model “{name}”…</source>
        <translation>Cargando el modelo «{name}»…</translation>
    </message>
    <message>
        <source>Classified {done} of {total}</source>
        <translation>Clasificadas {done} de {total}</translation>
    </message>
</context>
<context>
    <name>ClassifyPage</name>
    <message>
        <source>There is no model to classify with yet: train one on the Train page, or import a .keras file on the Models page.</source>
        <translation>Aún no hay ningún modelo con el que clasificar: entrena uno en la página Entrenar o importa un archivo .keras en la página Modelos.</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>Abrir imágenes…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>Quitar todos los resultados de la lista</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Not one of mine:</source>
        <translation>No es de las mías:</translation>
    </message>
    <message>
        <source>Pasted picture {number}</source>
        <translation>Imagen pegada {number}</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files: copy a photo or a file first.</source>
        <translation>El portapapeles no contiene ninguna imagen ni archivos de imagen: copia antes una foto o un archivo.</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <source>Open Folder of Images</source>
        <translation>Abrir carpeta de imágenes</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Classification stopped: {reason}</source>
        <translation>Clasificación detenida: {reason}</translation>
    </message>
    <message>
        <source>There are no results to export yet: drop some photos first.</source>
        <translation>Aún no hay resultados para exportar: suelta antes algunas fotos.</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>Exportar resultados como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>No se pudo escribir {path}: {reason}. Elige otra carpeta.</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Quit FruitClassifier</source>
        <translation>Salir de FruitClassifier</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Train on several machines</source>
        <translation>Entrenar en varios equipos</translation>
    </message>
    <message>
        <source>e.g. {example} (HOST or HOST:PORT)</source>
        <translation>p. ej., {example} (HOST o HOST:PUERTO)</translation>
    </message>
    <message>
        <source>Start as Chief</source>
        <translation>Iniciar como principal</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>This machine&apos;s address (the chief):</source>
        <translation>Dirección de este equipo (el principal):</translation>
    </message>
    <message>
        <source>Port (open it on every machine):</source>
        <translation>Puerto (ábrelo en todos los equipos):</translation>
    </message>
    <message>
        <source>The other machines:</source>
        <translation>Los demás equipos:</translation>
    </message>
    <message>
        <source>Run on each other machine (same data folder, same app version):</source>
        <translation>Ejecuta en cada uno de los demás equipos (misma carpeta de datos, misma versión de la aplicación):</translation>
    </message>
    <message>
        <source># on {host}</source>
        <translation># en {host}</translation>
    </message>
    <message>
        <source>(name the other machines above)</source>
        <translation>(indica arriba los demás equipos)</translation>
    </message>
    <message>
        <source>{host} can only be reached from this machine: type this machine&apos;s network address above, so the others can dial it.</source>
        <translation>{host} solo es accesible desde este equipo: escribe arriba la dirección de red de este equipo para que los demás puedan conectarse a él.</translation>
    </message>
    <message>
        <source>Start the chief here, then the commands above on the other machines.</source>
        <translation>Inicia aquí el principal y después los comandos de arriba en los demás equipos.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the other %n worker(s) to join: start the commands above on them…</source>
        <translation>
            <numerusform>Esperando a que se una %n trabajador más: ejecuta en él los comandos de arriba…</numerusform>
            <numerusform>Esperando a que se unan %n trabajadores más: ejecuta en ellos los comandos de arriba…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <source>All {count} workers joined; training.</source>
        <translation>Se han unido los {count} trabajadores; entrenando.</translation>
    </message>
    <message>
        <source>Done: saved as {name}.</source>
        <translation>Listo: guardado como {name}.</translation>
    </message>
    <message>
        <source>The chief ended with status {code}; its log is below.</source>
        <translation>El principal terminó con el estado {code}; su registro está abajo.</translation>
    </message>
</context>
<context>
    <name>CompareJobs</name>
    <message>
        <source>Listing the test images…</source>
        <translation>Listando las imágenes de prueba…</translation>
    </message>
    <message>
        <source>Evaluating {model} ({number} of {count}): {done} of {total} images</source>
        <translation>Evaluando {model} ({number} de {count}): {done} de {total} imágenes</translation>
    </message>
    <message>
        <source>Loading {model} ({number} of {count})…</source>
        <translation>Cargando {model} ({number} de {count})…</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>Consultando a {model}…</translation>
    </message>
    <message>
        <source>Grad-CAM follows…</source>
        <translation>Grad-CAM a continuación…</translation>
    </message>
    <message>
        <source>Grad-CAM for {model}…</source>
        <translation>Grad-CAM de {model}…</translation>
    </message>
    <message>
        <source>No Grad-CAM for this model ({error})</source>
        <translation>No hay Grad-CAM para este modelo ({error})</translation>
    </message>
    <message>
        <source>Grad-CAM is flat: at this input size the model&apos;s last feature map is too coarse to show where it looked.</source>
        <translation>El Grad-CAM es plano: con este tamaño de entrada, el último mapa de características del modelo es demasiado basto para mostrar dónde miró.</translation>
    </message>
    <message>
        <source>Drawing the report figures…</source>
        <translation>Dibujando las figuras del informe…</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Tick two or more models on the left, choose a test folder they were not trained on, and press Compare. You will see which model is more accurate, faster and smaller, whether either overfits, where each goes wrong, and where each one looks in a photo. Results are remembered, so the same comparison opens instantly next time.</source>
        <translation>Marca dos o más modelos a la izquierda, elige una carpeta de prueba con la que no se hayan entrenado y pulsa Comparar. Verás qué modelo es más exacto, más rápido y más pequeño, si alguno sufre sobreajuste, dónde falla cada uno y dónde mira cada uno en una foto. Los resultados se recuerdan, así que la misma comparación se abre al instante la próxima vez.</translation>
    </message>
    <message>
        <source>Press Compare to evaluate the ticked models on this folder.</source>
        <translation>Pulsa Comparar para evaluar los modelos marcados en esta carpeta.</translation>
    </message>
    <message>
        <source>Click a cell to see its images.</source>
        <translation>Haz clic en una celda para ver sus imágenes.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <source>Per-Class F1</source>
        <translation>F1 por clase</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>Try a Photo</source>
        <translation>Probar una foto</translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation>Compara modelos lado a lado</translation>
    </message>
    <message>
        <source>Tick at least two models to compare</source>
        <translation>Marca al menos dos modelos para comparar</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <source>Comparison cancelled; models evaluated before the stop are cached for next time.</source>
        <translation>Comparación cancelada; los modelos evaluados antes de detenerla quedan en caché para la próxima vez.</translation>
    </message>
    <message>
        <source>Could not compare: {reason}</source>
        <translation>No se pudo comparar: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{model}: %n image(s) of {true} recognised correctly</source>
        <translation>
            <numerusform>{model}: %n imagen de {true} reconocida correctamente</numerusform>
            <numerusform>{model}: %n imágenes de {true} reconocidas correctamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{model}: %n image(s) of {true} taken for {predicted}</source>
        <translation>
            <numerusform>{model}: %n imagen de {true} tomada por {predicted}</numerusform>
            <numerusform>{model}: %n imágenes de {true} tomadas por {predicted}</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one model first.</source>
        <translation>Marca antes al menos un modelo.</translation>
    </message>
    <message>
        <source>Save the Report in…</source>
        <translation>Guardar el informe en…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Report written to {folder} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</source>
        <translation>Informe escrito en {folder}: &lt;a href=&apos;{url}&apos;&gt;abrir la carpeta&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Could not write the report: {reason}</source>
        <translation>No se pudo escribir el informe: {reason}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>{count} test images in {folder}.</source>
        <translation>{count} imágenes de prueba en {folder}.</translation>
    </message>
    <message>
        <source>All results from the cache (same model files, same images).</source>
        <translation>Todos los resultados proceden de la caché (mismos archivos de modelo, mismas imágenes).</translation>
    </message>
    <message>
        <source>Cached: {models}.</source>
        <translation>En caché: {models}.</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Folder of class folders</source>
        <translation>Carpeta de carpetas de clases</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Write report.md, metrics.json and the figures (as `compare --report DIR`)</source>
        <translation>Escribe report.md, metrics.json y las figuras (como `compare --report DIR`)</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Modelos para comparar</translation>
    </message>
    <message>
        <source>Test folder</source>
        <translation>Carpeta de prueba</translation>
    </message>
    <message>
        <source>Choose a Test Folder</source>
        <translation>Elegir una carpeta de prueba</translation>
    </message>
    <message>
        <source>The test split of {model}&apos;s data set.</source>
        <translation>La parte de prueba del conjunto de datos de {model}.</translation>
    </message>
    <message>
        <source>Choose a folder of class folders that the models were not trained on.</source>
        <translation>Elige una carpeta de carpetas de clases con la que no se hayan entrenado los modelos.</translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Proporción de validación</translation>
    </message>
    <message>
        <source>Test folder</source>
        <translation>Carpeta de prueba</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Freeze backbone</source>
        <translation>Congelar la red base</translation>
    </message>
    <message>
        <source>Fine-tune layers</source>
        <translation>Capas de ajuste fino</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Penalización L2</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>Reduce LR after</source>
        <translation>Reducir la tasa tras</translation>
    </message>
    <message>
        <source>Class weights</source>
        <translation>Pesos de clase</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Mixed precision</source>
        <translation>Precisión mixta</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Learn “not one of mine”</source>
        <translation>Aprender «No es de las mías»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Volteo</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brillo</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Blur / noise</source>
        <translation>Desenfoque / ruido</translation>
    </message>
    <message>
        <source>Backgrounds folder</source>
        <translation>Carpeta de fondos</translation>
    </message>
    <message>
        <source>Background probability</source>
        <translation>Probabilidad de fondo</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Epochs per trial</source>
        <translation>Épocas por prueba</translation>
    </message>
    <message>
        <source>Augment strength</source>
        <translation>Intensidad del aumento</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Muestreador</translation>
    </message>
    <message>
        <source>Pruner</source>
        <translation>Poda</translation>
    </message>
    <message>
        <source>auto</source>
        <extracomment>Choices that are words rather than names (architectures, TensorFlow, PyTorch and &quot;tpe&quot; stay as they are).</extracomment>
        <translation>automático</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatorio</translation>
    </message>
    <message>
        <source>ImageNet</source>
        <extracomment>VGG16/ResNet50 download ImageNet weights once; EfficientNet-Lite0&apos;s ship with the app (see the tooltip).</extracomment>
        <translation>ImageNet</translation>
    </message>
    <message>
        <source>None (from scratch)</source>
        <translation>Ninguno (desde cero)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Archivo…</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>What an empty editor shows, taken from its help&apos;s &quot;(0: …)&quot; or &quot;(empty: …)&quot; (config_form._hint).</extracomment>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generado</translation>
    </message>
    <message>
        <source>the Test/ beside the data, if any</source>
        <translation>la carpeta Test/ junto a los datos, si existe</translation>
    </message>
    <message>
        <source>a journal file in the app&apos;s data folder</source>
        <translation>un archivo de registro en la carpeta de datos de la aplicación</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>Confusion matrix: {title}</source>
        <translation>Matriz de confusión: {title}</translation>
    </message>
    <message numerus="yes">
        <source>{right} of {total} images on the diagonal (right), %n classes; click a cell to see its images</source>
        <translation>
            <numerusform>{right} de {total} imágenes en la diagonal (aciertos), %n clase; haz clic en una celda para ver sus imágenes</numerusform>
            <numerusform>{right} de {total} imágenes en la diagonal (aciertos), %n clases; haz clic en una celda para ver sus imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>true class</source>
        <translation>clase real</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>clase predicha</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} recognised correctly ({share} of {true})</source>
        <translation>
            <numerusform>%n imagen de {true} reconocida correctamente ({share} de {true})</numerusform>
            <numerusform>%n imágenes de {true} reconocidas correctamente ({share} de {true})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} taken for {predicted} ({share} of {true})</source>
        <translation>
            <numerusform>%n imagen de {true} tomada por {predicted} ({share} de {true})</numerusform>
            <numerusform>%n imágenes de {true} tomadas por {predicted} ({share} de {true})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} recognised correctly</source>
        <translation>
            <numerusform>%n imagen de {true} reconocida correctamente</numerusform>
            <numerusform>%n imágenes de {true} reconocidas correctamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} taken for {predicted}</source>
        <translation>
            <numerusform>%n imagen de {true} tomada por {predicted}</numerusform>
            <numerusform>%n imágenes de {true} tomadas por {predicted}</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them</source>
        <translation>Haz clic para verlas</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>{model} — accuracy {accuracy}</source>
        <translation>{model} — exactitud {accuracy}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message numerus="yes">
        <source>Something went wrong that the app did not expect (%n error(s) so far): {error}

You can go on working; if something looks wrong, save your work and restart. To report it, copy the details below (and attach the log file: {log}).</source>
        <translation>
            <numerusform>Algo ha fallado de un modo que la aplicación no esperaba (%n error hasta ahora): {error}

Puedes seguir trabajando; si algo no parece ir bien, guarda tu trabajo y reinicia. Para informar del problema, copia los detalles de abajo (y adjunta el archivo de registro: {log}).</numerusform>
            <numerusform>Algo ha fallado de un modo que la aplicación no esperaba (%n errores hasta ahora): {error}

Puedes seguir trabajando; si algo no parece ir bien, guarda tu trabajo y reinicia. Para informar del problema, copia los detalles de abajo (y adjunta el archivo de registro: {log}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurvesOverlay</name>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>No training history is stored for these models</source>
        <translation>No hay historial de entrenamiento guardado para estos modelos</translation>
    </message>
    <message>
        <source>Training: solid lines, filled dots · validation: dashed lines, open dots</source>
        <translation>Entrenamiento: líneas continuas, puntos rellenos · validación: líneas discontinuas, puntos huecos</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
</context>
<context>
    <name>CurvesPlot</name>
    <message>
        <source>Loss</source>
        <extracomment>(key, title, series, legend offset): the legend sits where its curves usually are not.</extracomment>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>No training history stored for this model</source>
        <translation>No hay historial de entrenamiento guardado para este modelo</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message numerus="yes">
        <source>%Ln files were not opened to look for damaged ones; any that cannot be read are skipped during training.</source>
        <translation>
            <numerusform>%Ln archivo no se abrió para buscar archivos dañados; si no se puede leer, se omitirá durante el entrenamiento.</numerusform>
            <numerusform>%Ln archivos no se abrieron para buscar archivos dañados; los que no se puedan leer se omitirán durante el entrenamiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the files in {folder} could be read as images (e.g. {file}: {reason}): choose a folder of photos.</source>
        <translation>Ninguno de los archivos de {folder} se pudo leer como imagen (p. ej., {file}: {reason}): elige una carpeta de fotos.</translation>
    </message>
    <message>
        <source>None of the files in {folder} could be read as images: choose a folder of photos.</source>
        <translation>Ninguno de los archivos de {folder} se pudo leer como imagen: elige una carpeta de fotos.</translation>
    </message>
    <message>
        <source>Only one class ({name}) has readable images: training needs at least two class folders with photos.</source>
        <translation>Solo una clase ({name}) tiene imágenes legibles: el entrenamiento necesita al menos dos carpetas de clase con fotos.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of photos per class</source>
        <translation>Una carpeta con una subcarpeta de fotos por clase</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Validation split:</source>
        <translation>Proporción de validación:</translation>
    </message>
    <message>
        <source>Test folder:</source>
        <translation>Carpeta de prueba:</translation>
    </message>
    <message>
        <source>Choose the training data folder</source>
        <translation>Elegir la carpeta de datos de entrenamiento</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aún no se ha elegido ninguna carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable files (skipped):</source>
        <translation>Archivos ilegibles (omitidos):</translation>
    </message>
    <message>
        <source>automatic: {folder}/</source>
        <translation>automática: {folder}/</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <source>≈ %Ln images for validation</source>
        <translation>
            <numerusform>≈ %Ln imagen para validación</numerusform>
            <numerusform>≈ %Ln imágenes para validación</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning the data folder…</source>
        <translation>Analizando la carpeta de datos…</translation>
    </message>
    <message>
        <source>Choose a data folder first.</source>
        <translation>Elige antes una carpeta de datos.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; images</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; imagen</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; classes</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; clase</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; clases</numerusform>
        </translation>
    </message>
    <message>
        <source>{images} in {classes}</source>
        <translation>{images} en {classes}</translation>
    </message>
    <message>
        <source>{width}×{height} px</source>
        <translation>{width}×{height} px</translation>
    </message>
    <message>
        <source>training on {train}/, testing on {test}/</source>
        <translation>entrenamiento con {train}/, prueba con {test}/</translation>
    </message>
    <message>
        <source>&lt;i&gt;checking files…&lt;/i&gt;</source>
        <translation>&lt;i&gt;comprobando archivos…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Computing Grad-CAM…</source>
        <translation>Calculando Grad-CAM…</translation>
    </message>
    <message>
        <source>Loading TensorFlow for Grad-CAM (only the first heat map waits for it, a few seconds to half a minute)…</source>
        <extracomment>The first heat map waits for TensorFlow to load (seconds; answers never do): say so, not just &quot;Computing&quot;.</extracomment>
        <translation>Cargando TensorFlow para Grad-CAM (solo el primer mapa de calor lo espera, de unos segundos a medio minuto)…</translation>
    </message>
    <message>
        <source>No Grad-CAM: {reason}</source>
        <translation>Sin Grad-CAM: {reason}</translation>
    </message>
</context>
<context>
    <name>DisagreementGallery</name>
    <message>
        <source>Images any model gets wrong or the models disagree on</source>
        <extracomment>(key, what the filter box says: translated in the DisagreementGallery context)</extracomment>
        <translation>Imágenes en las que algún modelo falla o los modelos discrepan</translation>
    </message>
    <message>
        <source>Images the models disagree on</source>
        <translation>Imágenes en las que los modelos discrepan</translation>
    </message>
    <message>
        <source>Images every model gets wrong</source>
        <translation>Imágenes en las que fallan todos los modelos</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>None of the {total} test images: the models agree and are right.</source>
        <translation>Ninguna de las {total} imágenes de prueba: los modelos coinciden y aciertan.</translation>
    </message>
    <message>
        <source>{count} of {total} test images (showing the first {shown}); double-click one to see where each model looked</source>
        <translation>{count} de {total} imágenes de prueba (se muestran las {shown} primeras); haz doble clic en una para ver dónde miró cada modelo</translation>
    </message>
    <message>
        <source>{count} of {total} test images; double-click one to see where each model looked</source>
        <translation>{count} de {total} imágenes de prueba; haz doble clic en una para ver dónde miró cada modelo</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop fruit photos here — or press Ctrl+O</source>
        <translation>Suelta aquí fotos de frutas, o pulsa Ctrl+O</translation>
    </message>
    <message>
        <source>Whole folders work too, and so does pasting a picture with Ctrl+V.</source>
        <translation>También funcionan carpetas enteras, y pegar una imagen con Ctrl+V.</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <extracomment>The image files the open dialogs offer (what core/data/images decodes).</extracomment>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Photos: drop photos or folders here to classify them</source>
        <translation>Fotos: suelta aquí fotos o carpetas para clasificarlas</translation>
    </message>
</context>
<context>
    <name>F1Bars</name>
    <message>
        <source>F1 per class (1.0 = every image of the class found, nothing else taken for it)</source>
        <translation>F1 por clase (1.0 = se encontraron todas las imágenes de la clase y ninguna otra se tomó por ella)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Compare models to see how well each one does on every class</source>
        <translation>Compara modelos para ver lo bien que funciona cada uno en cada clase</translation>
    </message>
</context>
<context>
    <name>Fruit</name>
    <message>
        <source>Red apple (10)</source>
        <translation>Manzana roja (10)</translation>
    </message>
    <message>
        <source>Red apple (11)</source>
        <translation>Manzana roja (11)</translation>
    </message>
    <message>
        <source>Red apple (12)</source>
        <translation>Manzana roja (12)</translation>
    </message>
    <message>
        <source>Golden apple</source>
        <translation>Manzana Golden</translation>
    </message>
    <message>
        <source>Granny Smith apple</source>
        <translation>Manzana Granny Smith</translation>
    </message>
    <message>
        <source>Pink Lady apple</source>
        <translation>Manzana Pink Lady</translation>
    </message>
    <message>
        <source>Red Delicious apple</source>
        <translation>Manzana Red Delicious</translation>
    </message>
    <message>
        <source>Royal Gala apple</source>
        <translation>Manzana Royal Gala</translation>
    </message>
    <message>
        <source>Asparagus</source>
        <translation>Espárrago</translation>
    </message>
    <message>
        <source>Aubergine</source>
        <translation>Berenjena</translation>
    </message>
    <message>
        <source>Banana</source>
        <translation>Plátano</translation>
    </message>
    <message>
        <source>Beef tomato</source>
        <translation>Tomate de ensalada</translation>
    </message>
    <message>
        <source>Brown cap mushroom</source>
        <translation>Champiñón marrón</translation>
    </message>
    <message>
        <source>Cabbage</source>
        <translation>Repollo</translation>
    </message>
    <message>
        <source>Cantaloupe</source>
        <translation>Melón cantalupo</translation>
    </message>
    <message>
        <source>Carrot</source>
        <translation>Zanahoria</translation>
    </message>
    <message>
        <source>Cucumber</source>
        <translation>Pepino</translation>
    </message>
    <message>
        <source>Floury potato</source>
        <translation>Patata harinosa</translation>
    </message>
    <message>
        <source>Galia melon</source>
        <translation>Melón Galia</translation>
    </message>
    <message>
        <source>Garlic</source>
        <translation>Ajo</translation>
    </message>
    <message>
        <source>Ginger</source>
        <translation>Jengibre</translation>
    </message>
    <message>
        <source>White grape</source>
        <translation>Uva blanca</translation>
    </message>
    <message>
        <source>Green bell pepper</source>
        <translation>Pimiento verde</translation>
    </message>
    <message>
        <source>Honeydew melon</source>
        <translation>Melón blanco</translation>
    </message>
    <message>
        <source>Kiwi</source>
        <translation>Kiwi</translation>
    </message>
    <message>
        <source>Leek</source>
        <translation>Puerro</translation>
    </message>
    <message>
        <source>Lemon</source>
        <translation>Limón</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Lima</translation>
    </message>
    <message>
        <source>Mango</source>
        <translation>Mango</translation>
    </message>
    <message>
        <source>Nectarine</source>
        <translation>Nectarina</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Orange bell pepper</source>
        <translation>Pimiento naranja</translation>
    </message>
    <message>
        <source>Papaya</source>
        <translation>Papaya</translation>
    </message>
    <message>
        <source>Peach</source>
        <translation>Melocotón</translation>
    </message>
    <message>
        <source>Pineapple</source>
        <translation>Piña</translation>
    </message>
    <message>
        <source>Beetroot</source>
        <translation>Remolacha</translation>
    </message>
    <message>
        <source>Red bell pepper</source>
        <translation>Pimiento rojo</translation>
    </message>
    <message>
        <source>Red grapefruit</source>
        <translation>Pomelo rojo</translation>
    </message>
    <message>
        <source>Satsuma</source>
        <translation>Mandarina satsuma</translation>
    </message>
    <message>
        <source>Waxy potato</source>
        <translation>Patata de carne firme</translation>
    </message>
    <message>
        <source>Strawberry</source>
        <translation>Fresa</translation>
    </message>
    <message>
        <source>Sweet potato</source>
        <translation>Boniato</translation>
    </message>
    <message>
        <source>Tomato</source>
        <translation>Tomate</translation>
    </message>
    <message>
        <source>Vine tomato</source>
        <translation>Tomate en rama</translation>
    </message>
    <message>
        <source>Watermelon</source>
        <translation>Sandía</translation>
    </message>
    <message>
        <source>Yellow bell pepper</source>
        <translation>Pimiento amarillo</translation>
    </message>
    <message>
        <source>Yellow onion</source>
        <translation>Cebolla amarilla</translation>
    </message>
    <message>
        <source>Zucchini</source>
        <translation>Calabacín</translation>
    </message>
    <message>
        <source>Not one of my fruits</source>
        <translation>Ninguna de mis frutas</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>true: {name}</source>
        <translation>real: {name}</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>True class: {name}</source>
        <translation>Clase real: {name}</translation>
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
        <translation>Foto seleccionada</translation>
    </message>
</context>
<context>
    <name>ImportModelDialog</name>
    <message>
        <source>As the file says (Teachable Machine export, a scaling layer inside, uint8 quantisation)</source>
        <translation>Según el archivo (exportación de Teachable Machine, capa de escalado incluida, cuantización uint8)</translation>
    </message>
    <message>
        <source>How the model&apos;s author fed it pixels; a wrong choice gives confident, wrong answers</source>
        <translation>Cómo le daba los píxeles al modelo su autor; una elección equivocada da respuestas seguras pero erróneas</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <source>As the file says: {classes}</source>
        <translation>Según el archivo: {classes}</translation>
    </message>
    <message>
        <source>From a file (labels.txt: &apos;0 Lemon&apos; or one name a line; or a .json list)</source>
        <translation>Desde un archivo (labels.txt: &apos;0 Lemon&apos; o un nombre por línea; o una lista .json)</translation>
    </message>
    <message>
        <source>Typed, separated by commas</source>
        <translation>Escritos, separados por comas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>apple, banana, kiwi</source>
        <translation>manzana, plátano, kiwi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was exported by this app from “{model}”: it carries its class names, its pixel scaling and its “not one of my fruits” answer.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; se exportó con esta aplicación desde «{model}»: incluye sus nombres de clase, su escalado de píxeles y su respuesta «Ninguna de mis frutas».</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order (found {labels} beside it: {classes}):</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; se creó fuera de esta aplicación. Indica sus nombres de clase en el orden de salida (se encontró {labels} a su lado: {classes}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order (found {labels} beside it):</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; se creó fuera de esta aplicación. Indica sus nombres de clase en el orden de salida (se encontró {labels} a su lado):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order:</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; se creó fuera de esta aplicación. Indica sus nombres de clase en el orden de salida:</translation>
    </message>
    <message>
        <source>Pixels scaled to:</source>
        <translation>Escala de los píxeles:</translation>
    </message>
    <message>
        <source>Name in the library:</source>
        <translation>Nombre en la biblioteca:</translation>
    </message>
    <message>
        <source>Class Names File</source>
        <translation>Archivo de nombres de clase</translation>
    </message>
    <message>
        <source>Class names ({patterns})</source>
        <translation>Nombres de clase ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
</context>
<context>
    <name>ImportanceBars</name>
    <message>
        <source>Which settings mattered</source>
        <translation>Qué ajustes influyeron</translation>
    </message>
    <message>
        <source>Shown once {count} trials have finished with different settings</source>
        <translation>Se muestra cuando hayan terminado {count} pruebas con ajustes distintos</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>FruitClassifier speaks {language} from its next start.</source>
        <translation>FruitClassifier usará el idioma {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restarting now closes the window as Quit does: photos in Classify are not kept, a running training is asked about first.</source>
        <translation>Reiniciar ahora cierra la ventana igual que Salir: las fotos de Clasificar no se conservan y, si hay un entrenamiento en curso, se te preguntará antes.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>LiveBars</name>
    <message>
        <source>Hold a fruit up to the camera</source>
        <translation>Pon una fruta delante de la cámara</translation>
    </message>
    <message>
        <source>Not sure — maybe {label}</source>
        <translation>No es seguro — quizá {label}</translation>
    </message>
</context>
<context>
    <name>LiveCamera</name>
    <message>
        <source>No camera found.</source>
        <translation>No se encontró ninguna cámara.</translation>
    </message>
    <message>
        <source>Plug one in, or open a video file instead.</source>
        <translation>Conecta una o abre un archivo de vídeo.</translation>
    </message>
    <message>
        <source>This app may not use the camera.</source>
        <translation>Esta aplicación no tiene permiso para usar la cámara.</translation>
    </message>
    <message>
        <source>Allow it in the system settings (macOS: Privacy &amp; Security › Camera), then open the live view again.</source>
        <translation>Permítelo en los ajustes del sistema (macOS: Privacidad y seguridad › Cámara) y vuelve a abrir la cámara en directo.</translation>
    </message>
    <message>
        <source>{camera} could not start ({reason}).</source>
        <translation>{camera} no se pudo iniciar ({reason}).</translation>
    </message>
    <message>
        <source>{camera} could not start.</source>
        <translation>{camera} no se pudo iniciar.</translation>
    </message>
    <message>
        <source>Close other apps that use the camera, then pick it again.</source>
        <translation>Cierra las demás aplicaciones que usen la cámara y vuelve a elegirla.</translation>
    </message>
    <message>
        <source>{camera} was disconnected.</source>
        <translation>{camera} se ha desconectado.</translation>
    </message>
    <message>
        <source>Plug it back in, then pick it again.</source>
        <translation>Vuelve a conectarla y elígela de nuevo.</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>training, per batch</source>
        <extracomment>series name → (legend text or None, colour, pen style, width, symbol)</extracomment>
        <translation>entrenamiento, por lote</translation>
    </message>
    <message>
        <source>training, epoch mean</source>
        <translation>entrenamiento, media de la época</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>training, smoothed</source>
        <extracomment>what the hover readout calls each series, and how far (in epochs) a point may be from the mouse</extracomment>
        <translation>entrenamiento, suavizado</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>epoch {x}</source>
        <translation>época {x}</translation>
    </message>
    <message>
        <source>{series}: {value}  (at {x})</source>
        <translation>{series}: {value}  (en {x})</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Mirror</source>
        <translation>Espejo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Add this picture to the results list (for This is… and Grad-CAM)</source>
        <translation>Añade esta imagen a la lista de resultados (para Esto es… y Grad-CAM)</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Cámara:</translation>
    </message>
    <message>
        <source>class, or a new name</source>
        <translation>clase, o un nombre nuevo</translation>
    </message>
    <message>
        <source>Hold to record</source>
        <translation>Mantén pulsado para grabar</translation>
    </message>
    <message>
        <source>While held, saves {rate} photos a second into the class, for Teach</source>
        <translation>Mientras lo mantienes pulsado, guarda {rate} fotos por segundo en la clase, para Enseñar</translation>
    </message>
    <message>
        <source>Cameras are unavailable here ({reason}). Open a video file instead.</source>
        <translation>Las cámaras no están disponibles aquí ({reason}). Abre un archivo de vídeo en su lugar.</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>Iniciando {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n photo(s) of “{name}” for teaching. Press Teach to teach the model.</source>
        <translation>
            <numerusform>Se ha guardado %n foto de «{name}» para enseñar. Pulsa Enseñar para enseñársela al modelo.</numerusform>
            <numerusform>Se han guardado %n fotos de «{name}» para enseñar. Pulsa Enseñar para enseñárselas al modelo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n guardada</numerusform>
            <numerusform>%n guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Vídeos ({patterns})</translation>
    </message>
    <message>
        <source>Teach:</source>
        <translation>Enseñar:</translation>
    </message>
    <message>
        <source>The video has ended. Pick a camera or open another video.</source>
        <translation>El vídeo ha terminado. Elige una cámara o abre otro vídeo.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Grabando…</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>Abrir vídeo</translation>
    </message>
    <message>
        <source>Live Camera — FruitClassifier</source>
        <translation>Cámara en directo — FruitClassifier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete / Backspace</source>
        <translation>Supr / Retroceso</translation>
    </message>
    <message>
        <source>Remove the selected results (Classify)</source>
        <translation>Quitar los resultados seleccionados (Clasificar)</translation>
    </message>
    <message>
        <source>Rename the selected model (Models)</source>
        <translation>Cambiar el nombre del modelo seleccionado (Modelos)</translation>
    </message>
    <message>
        <source>Double-click a model</source>
        <translation>Doble clic en un modelo</translation>
    </message>
    <message>
        <source>Open it in Classify</source>
        <translation>Abrirlo en Clasificar</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Clasificar</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Tune</source>
        <translation>Optimizar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>Abrir imágenes…</translation>
    </message>
    <message>
        <source>Classify photos from files</source>
        <translation>Clasificar fotos de archivos</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <source>Classify every photo in a folder and its sub-folders</source>
        <translation>Clasificar todas las fotos de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>Live Camera…</source>
        <translation>Cámara en directo…</translation>
    </message>
    <message>
        <source>Hold a fruit up to a camera, or play a video as one: snapshot, record samples to teach</source>
        <translation>Pon una fruta delante de una cámara o reproduce un vídeo como si fuera una: haz capturas y graba muestras para enseñar</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Abrir recientes</translation>
    </message>
    <message>
        <source>Import Model…</source>
        <translation>Importar modelo…</translation>
    </message>
    <message>
        <source>Add a .keras model to the library</source>
        <translation>Añadir un modelo .keras a la biblioteca</translation>
    </message>
    <message>
        <source>Export Results as CSV…</source>
        <translation>Exportar resultados como CSV…</translation>
    </message>
    <message>
        <source>Save the Classify results as a spreadsheet</source>
        <translation>Guardar los resultados de Clasificar como hoja de cálculo</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>Cerrar ventana</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About FruitClassifier</source>
        <translation>Acerca de FruitClassifier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Deshacer la última eliminación</translation>
    </message>
    <message>
        <source>Copy Results</source>
        <translation>Copiar resultados</translation>
    </message>
    <message>
        <source>Copy the selected Classify results as text (all of them when none is selected)</source>
        <translation>Copiar como texto los resultados seleccionados de Clasificar (todos, si no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <source>Paste Images</source>
        <translation>Pegar imágenes</translation>
    </message>
    <message>
        <source>Classify a copied picture or copied image files</source>
        <translation>Clasificar una imagen copiada o archivos de imagen copiados</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Select every result</source>
        <translation>Seleccionar todos los resultados</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected results (Classify) or delete the model (Models)</source>
        <translation>Quitar los resultados seleccionados (Clasificar) o eliminar el modelo (Modelos)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n result(s)</source>
        <translation>
            <numerusform>%n resultado copiado</numerusform>
            <numerusform>%n resultados copiados</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no results to copy</source>
        <translation>No hay resultados para copiar</translation>
    </message>
    <message>
        <source>Copy Results copies the Classify view&apos;s results</source>
        <translation>Copiar resultados copia los resultados de la vista Clasificar</translation>
    </message>
    <message>
        <source>Moved to the trash: Edit › Undo brings it back</source>
        <translation>Movido a la papelera: Editar › Deshacer lo recupera</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>As the Desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Answers: {runtime} · CPU</source>
        <translation>Respuestas: {runtime} · CPU</translation>
    </message>
    <message>
        <source>Photos are answered without TensorFlow; it loads when training, Grad-CAM or export first needs it</source>
        <translation>Las fotos se responden sin TensorFlow; se carga la primera vez que lo necesitan el entrenamiento, Grad-CAM o la exportación</translation>
    </message>
    <message>
        <source>Bring the model just deleted back from the trash</source>
        <translation>Recuperar de la papelera el modelo que se acaba de eliminar</translation>
    </message>
    <message>
        <source>Training runs on: {device}; photos are answered by LiteRT on the CPU</source>
        <translation>El entrenamiento se ejecuta en: {device}; las fotos las responde LiteRT en la CPU</translation>
    </message>
    <message>
        <source>TensorFlow unavailable</source>
        <translation>TensorFlow no disponible</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>Deteniendo las tareas en segundo plano…</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Overfitting: try more data, augmentation, dropout or fewer epochs</source>
        <extracomment>Row order (the CLI table&apos;s columns, the name being the column header here).</extracomment>
        <translation>Sobreajuste: prueba con más datos, aumento de datos, dropout o menos épocas</translation>
    </message>
    <message>
        <source>Fails on validation from the start (not overfitting): check the data split, preprocessing or BatchNorm</source>
        <translation>Falla en la validación desde el principio (no es sobreajuste): revisa la división de los datos, el preprocesamiento o BatchNorm</translation>
    </message>
    <message>
        <source>The network architecture</source>
        <translation>La arquitectura de la red</translation>
    </message>
    <message>
        <source>Share of the test images answered correctly (higher is better)</source>
        <translation>Proporción de imágenes de prueba respondidas correctamente (cuanto más alta, mejor)</translation>
    </message>
    <message>
        <source>F1 averaged over the classes, so a model that ignores a small class scores low (higher is better)</source>
        <translation>F1 promediado entre las clases, de modo que un modelo que ignora una clase pequeña puntúa bajo (cuanto más alto, mejor)</translation>
    </message>
    <message>
        <source>Cross-entropy on this folder: mean −log(probability given to the right class) over every image (lower is better)</source>
        <translation>Entropía cruzada en esta carpeta: media de −log(probabilidad dada a la clase correcta) sobre todas las imágenes (cuanto más baja, mejor)</translation>
    </message>
    <message>
        <source>Number of weights in the network (fewer is lighter)</source>
        <translation>Número de pesos de la red (cuantos menos, más ligera)</translation>
    </message>
    <message>
        <source>Size of the model file (smaller is better)</source>
        <translation>Tamaño del archivo del modelo (cuanto más pequeño, mejor)</translation>
    </message>
    <message>
        <source>Time to classify one test image on this computer, decoding included (lower is faster)</source>
        <translation>Tiempo para clasificar una imagen de prueba en este equipo, decodificación incluida (cuanto menos, más rápido)</translation>
    </message>
    <message>
        <source>How long training took</source>
        <translation>Cuánto duró el entrenamiento</translation>
    </message>
    <message>
        <source>Passes over the training data</source>
        <translation>Pasadas por los datos de entrenamiento</translation>
    </message>
    <message>
        <source>Best validation accuracy seen during training (higher is better)</source>
        <translation>Mejor exactitud de validación alcanzada durante el entrenamiento (cuanto más alta, mejor)</translation>
    </message>
    <message>
        <source>Best validation accuracy minus accuracy on this folder. Red above {limit}: the model learned its training photos and does not carry over to these (overfitting)</source>
        <translation>Mejor exactitud de validación menos la exactitud en esta carpeta. En rojo por encima de {limit}: el modelo aprendió sus fotos de entrenamiento y no lo extrapola a estas (sobreajuste)</translation>
    </message>
    <message>
        <source>Training minus validation accuracy in the last epoch. Red above {limit} when the model overfits (validation loss rising) or fails on validation from the start</source>
        <translation>Exactitud de entrenamiento menos la de validación en la última época. En rojo por encima de {limit} cuando el modelo sufre sobreajuste (la pérdida de validación sube) o falla en la validación desde el principio</translation>
    </message>
    <message>
        <source>{model}: {metric} {value}</source>
        <translation>{model}: {metric} {value}</translation>
    </message>
    <message>
        <source>Best of the {count} models</source>
        <translation>El mejor de los {count} modelos</translation>
    </message>
</context>
<context>
    <name>ModelAnswers</name>
    <message>
        <source>Drop a fruit photo here to see every model&apos;s answer and where it looked</source>
        <translation>Suelta aquí una foto de fruta para ver la respuesta de cada modelo y dónde miró</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <source>Drop a photo on this tab, or choose one; double-click a thumbnail in the other tabs to bring it here.</source>
        <translation>Suelta una foto en esta pestaña o elige una; haz doble clic en una miniatura de las otras pestañas para traerla aquí.</translation>
    </message>
    <message>
        <source>Each model gives its top three answers and a Grad-CAM heat map.</source>
        <translation>Cada modelo da sus tres mejores respuestas y un mapa de calor Grad-CAM.</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Elegir una foto</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Bundled with the app (read-only)</source>
        <translation>Incluido con la aplicación (solo lectura)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <source>Imported {format} ({file}), pixels scaled {scaling} ({scaling_from})</source>
        <translation>{format} importado ({file}), escala de píxeles {scaling} ({scaling_from})</translation>
    </message>
    <message>
        <source>{folder} (on the computer that built this model)</source>
        <translation>{folder} (en el equipo que creó este modelo)</translation>
    </message>
    <message>
        <source>{folder} (not on this computer)</source>
        <translation>{folder} (no está en este equipo)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>{size}×{size} px</source>
        <translation>{size}×{size} px</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>Epochs trained</source>
        <translation>Épocas entrenadas</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Tiempo de entrenamiento</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entrenado con</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Cannot be opened:</source>
        <translation>No se puede abrir:</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Ajustes de entrenamiento</translation>
    </message>
    <message>
        <source>Class names ({count})</source>
        <translation>Nombres de clase ({count})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Select a model to see what it knows and how it was trained.</source>
        <translation>Selecciona un modelo para ver qué conoce y cómo se entrenó.</translation>
    </message>
    <message>
        <source>Accuracy on held-out real photos</source>
        <translation>Exactitud en fotos reales reservadas</translation>
    </message>
    <message>
        <source>Held-out real photos</source>
        <translation>Fotos reales reservadas</translation>
    </message>
    <message>
        <source>Same, exact variety</source>
        <translation>Lo mismo, variedad exacta</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitud de prueba</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>Imágenes de prueba</translation>
    </message>
    <message>
        <source>Own fruit called “not one of mine”</source>
        <translation>Fruta propia tomada por «ninguna de las mías»</translation>
    </message>
    <message>
        <source>Packaged goods refused</source>
        <translation>Productos envasados rechazados</translation>
    </message>
    <message>
        <source>Fruit-free photos refused</source>
        <translation>Fotos sin fruta rechazadas</translation>
    </message>
    <message>
        <source>Unseen fruit refused</source>
        <translation>Fruta desconocida rechazada</translation>
    </message>
    <message>
        <source>AUROC known vs unseen fruit</source>
        <translation>AUROC fruta conocida frente a desconocida</translation>
    </message>
    <message>
        <source>Largest share of wrong answers one label takes</source>
        <translation>Mayor parte de las respuestas erróneas en una sola etiqueta</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Exactitud de validación</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Pérdida de validación</translation>
    </message>
    <message>
        <source>Training–validation gap</source>
        <translation>Diferencia entrenamiento–validación</translation>
    </message>
    <message>
        <source>Accuracy on generated scenes</source>
        <translation>Exactitud en escenas generadas</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>Pesos iniciales</translation>
    </message>
    <message>
        <source>Backbone frozen</source>
        <translation>Red base congelada</translation>
    </message>
    <message>
        <source>Fine-tuned layers</source>
        <translation>Capas con ajuste fino</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Penalización L2</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Proporción de validación</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>No model yet: train one or import a .keras file</source>
        <translation>Aún no hay ningún modelo: entrena uno o importa un archivo .keras</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Bundled models come with the app and are read-only: import or train a copy to change one.</source>
        <translation>Los modelos incluidos vienen con la aplicación y son de solo lectura: importa o entrena una copia para cambiar uno.</translation>
    </message>
    <message>
        <source>This folder cannot be opened: {problem} You can delete it or show it in its folder.</source>
        <translation>Esta carpeta no se puede abrir: {problem} Puedes eliminarla o mostrarla en su carpeta.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
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
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
</context>
<context>
    <name>ModelTableModel</name>
    <message numerus="yes">
        <source>%n classes + not one of mine</source>
        <translation>
            <numerusform>%n clase + «No es de las mías»</numerusform>
            <numerusform>%n clases + «No es de las mías»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelWords</name>
    <message>
        <source>{percent} on Fruits-360 Test</source>
        <translation>{percent} en Fruits-360 Test</translation>
    </message>
    <message>
        <source>{percent} on test set</source>
        <translation>{percent} en el conjunto de prueba</translation>
    </message>
    <message>
        <source>{percent} on validation</source>
        <translation>{percent} en validación</translation>
    </message>
    <message>
        <source>{percent} on held-out real shop photos</source>
        <translation>{percent} en fotos reales de tienda reservadas</translation>
    </message>
    <message>
        <source>{percent} on real photos</source>
        <translation>{percent} en fotos reales</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>{names}, … ({count} more)</source>
        <translation>{names}, … ({count} más)</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>incluido con la aplicación</translation>
    </message>
    <message>
        <source>your model</source>
        <translation>tu modelo</translation>
    </message>
    <message>
        <source>Architecture: {arch}; input {size}×{size} px</source>
        <translation>Arquitectura: {arch}; entrada {size}×{size} px</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}</source>
        <translation>Exactitud: {accuracy}</translation>
    </message>
    <message>
        <source>Accuracy: not measured</source>
        <translation>Exactitud: sin medir</translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation>Creado: {date}</translation>
    </message>
    <message>
        <source>Classes ({count}): {names}</source>
        <translation>Clases ({count}): {names}</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Carpeta: {path}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Import Model…</source>
        <translation>Importar modelo…</translation>
    </message>
    <message>
        <source>Add a model made elsewhere to the library: a .keras, .h5 or .tflite file, or a SavedModel folder (its saved_model.pb)</source>
        <translation>Añade a la biblioteca un modelo creado en otro lugar: un archivo .keras, .h5 o .tflite, o una carpeta SavedModel (su saved_model.pb)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Give the selected model a new name</source>
        <translation>Dar un nombre nuevo al modelo seleccionado</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Move the selected model to the trash (asks first; Edit › Undo brings it back)</source>
        <translation>Mover el modelo seleccionado a la papelera (pregunta antes; Editar › Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Open the model&apos;s folder</source>
        <translation>Abrir la carpeta del modelo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the selected model in a format other tools can run</source>
        <translation>Guardar el modelo seleccionado en un formato que otras herramientas puedan ejecutar</translation>
    </message>
    <message>
        <source>As TensorFlow SavedModel…</source>
        <translation>Como SavedModel de TensorFlow…</translation>
    </message>
    <message>
        <source>As TFLite (for phones)…</source>
        <translation>Como TFLite (para móviles)…</translation>
    </message>
    <message>
        <source>Open in Classify</source>
        <translation>Abrir en Clasificar</translation>
    </message>
    <message>
        <source>Classify photos with the selected model</source>
        <translation>Clasificar fotos con el modelo seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected model from the library</source>
        <translation>Eliminar el modelo seleccionado de la biblioteca</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>Se ha cambiado el nombre de «{old}» a «{new}».</translation>
    </message>
    <message>
        <source>Delete Model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <source>Move “{name}” and its files to the trash? Edit › Undo brings it back.</source>
        <translation>¿Mover «{name}» y sus archivos a la papelera? Editar › Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Undo Delete “{name}”</source>
        <translation>Deshacer la eliminación de «{name}»</translation>
    </message>
    <message>
        <source>Deleted “{name}” (moved to the trash: Edit › Undo brings it back).</source>
        <translation>Se ha eliminado «{name}» (movido a la papelera: Editar › Deshacer lo recupera).</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>Se ha eliminado «{name}».</translation>
    </message>
    <message>
        <source>{reason}.

Delete “{name}” for good? It cannot be brought back.</source>
        <translation>{reason}.

¿Eliminar «{name}» definitivamente? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>“{name}” is back in the library.</source>
        <translation>«{name}» vuelve a estar en la biblioteca.</translation>
    </message>
    <message>
        <source>Could not open a file manager; the model is in {folder}</source>
        <translation>No se pudo abrir un gestor de archivos; el modelo está en {folder}</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <source>Models ({patterns})</source>
        <translation>Modelos ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Imported “{name}” ({classes}).</source>
        <translation>Se ha importado «{name}» ({classes}).</translation>
    </message>
    <message>
        <source>Export SavedModel Into Folder</source>
        <translation>Exportar SavedModel a una carpeta</translation>
    </message>
    <message>
        <source>Export TFLite Model</source>
        <translation>Exportar modelo TFLite</translation>
    </message>
    <message>
        <source>TFLite models ({patterns})</source>
        <translation>Modelos TFLite ({patterns})</translation>
    </message>
    <message>
        <source>Exporting “{name}” as {format}…</source>
        <translation>Exportando «{name}» como {format}…</translation>
    </message>
    <message>
        <source>Exported “{name}” as {format} to {path}. It gives the same answers as the original on {count} sample photos (largest difference {difference}).</source>
        <translation>Se ha exportado «{name}» como {format} a {path}. Da las mismas respuestas que el original en {count} fotos de ejemplo (diferencia máxima: {difference}).</translation>
    </message>
    <message>
        <source>{task} (waiting for TensorFlow to load)</source>
        <translation>{task} (esperando a que se cargue TensorFlow)</translation>
    </message>
</context>
<context>
    <name>PathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
</context>
<context>
    <name>ProbBars</name>
    <message>
        <source>Top answers</source>
        <translation>Mejores respuestas</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>{help}: the lowest value tried (equal ends fix it)</source>
        <translation>{help}: el valor más bajo que se prueba (con los dos extremos iguales, queda fijo)</translation>
    </message>
    <message>
        <source>{help}: the highest value tried (equal ends fix it)</source>
        <translation>{help}: el valor más alto que se prueba (con los dos extremos iguales, queda fijo)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Classify it again</source>
        <translation>Volver a clasificarlo</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modelo: {name}</translation>
    </message>
    <message>
        <source>Classify with this model</source>
        <translation>Clasificar con este modelo</translation>
    </message>
    <message>
        <source>No Recent Items</source>
        <translation>No hay elementos recientes</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Borrar menú</translation>
    </message>
    <message>
        <source>“{name}” is no longer in the library</source>
        <translation>«{name}» ya no está en la biblioteca</translation>
    </message>
</context>
<context>
    <name>RefusalPicker</name>
    <message>
        <source>Rarely</source>
        <translation>Rara vez</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Readily</source>
        <translation>Con facilidad</translation>
    </message>
    <message>
        <source>own fruit refused {percent}</source>
        <extracomment>(metadata key, how the tooltip words its figure) for each level&apos;s measured refusals.</extracomment>
        <translation>fruta propia rechazada: {percent}</translation>
    </message>
    <message>
        <source>unknown fruit refused {percent}</source>
        <translation>fruta desconocida rechazada: {percent}</translation>
    </message>
    <message>
        <source>packaged goods refused {percent}</source>
        <translation>productos envasados rechazados: {percent}</translation>
    </message>
    <message>
        <source>How readily to answer “Not one of my fruits” for a photo the model is unsure shows one of its fruits.</source>
        <translation>Con qué facilidad responder «Ninguna de mis frutas» ante una foto de la que el modelo no está seguro de que muestre una de sus frutas.</translation>
    </message>
    <message>
        <source>This model has one threshold: the setting does not apply to it.</source>
        <translation>Este modelo tiene un solo umbral: este ajuste no se le aplica.</translation>
    </message>
    <message>
        <source>{level}: {figures}</source>
        <translation>{level}: {figures}</translation>
    </message>
    <message>
        <source>measured threshold</source>
        <translation>umbral medido</translation>
    </message>
    <message>
        <source>{level} (the model&apos;s default)</source>
        <translation>{level} (el predeterminado del modelo)</translation>
    </message>
    <message>
        <source>Figures: real shop photos held out from training.</source>
        <translation>Cifras: fotos reales de tienda reservadas del entrenamiento.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>Not sure</source>
        <extracomment>The badge on a result row for each state that needs one.</extracomment>
        <translation>No es seguro</translation>
    </message>
    <message>
        <source>Not one of mine</source>
        <translation>No es de las mías</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <extracomment>The narrowest row that still shows a name, its bars and &quot;100,0 %&quot;: Classify&apos;s list keeps at least this width (longer languages widen the panes beside it); rows take the view&apos;s width (no sideways scrolling).</extracomment>
        <translation>No se pudo leer: {reason}</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Clasificando…</translation>
    </message>
</context>
<context>
    <name>ResultDetail</name>
    <message>
        <source>Show where the model looked (Grad-CAM)</source>
        <translation>Mostrar dónde miró el modelo (Grad-CAM)</translation>
    </message>
    <message>
        <source>Colours the parts of the picture that pushed the model towards its answer (red: strong, blue: weak). Shown on the square crop the model sees.</source>
        <translation>Colorea las partes de la imagen que llevaron al modelo a su respuesta (rojo: mucho, azul: poco). Se muestra sobre el recorte cuadrado que ve el modelo.</translation>
    </message>
    <message>
        <source>No photo selected</source>
        <translation>Ninguna foto seleccionada</translation>
    </message>
    <message>
        <source>Select a result to see it larger, with its top three answers.</source>
        <translation>Selecciona un resultado para verlo más grande, con sus tres mejores respuestas.</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>No se pudo leer: {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{name} — classifying…</source>
        <translation>{name} — clasificando…</translation>
    </message>
    <message>
        <source>{unknown} (closest: {label})</source>
        <translation>{unknown} (la más cercana: {label})</translation>
    </message>
    <message>
        <source>Not sure — maybe {label}</source>
        <translation>No es seguro — quizá {label}</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <source>pasted picture</source>
        <translation>imagen pegada</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>The model is getting better at its training images than at images it has not seen. Try augmentation, more dropout or L2, early stopping, or more training photos. The best epoch (by validation accuracy) is what gets saved.</source>
        <translation>El modelo mejora más con sus imágenes de entrenamiento que con imágenes que no ha visto. Prueba con aumento de datos, más dropout o L2, parada temprana o más fotos de entrenamiento. Se guarda la mejor época (según la exactitud de validación).</translation>
    </message>
    <message>
        <source>More regularisation will not help here: check that the validation images look like the training images, the preprocessing, and models with BatchNorm trained for very few epochs.</source>
        <translation>Más regularización no ayudará aquí: comprueba que las imágenes de validación se parezcan a las de entrenamiento, revisa el preprocesamiento y los modelos con BatchNorm entrenados durante muy pocas épocas.</translation>
    </message>
    <message>
        <source>Overfitting?</source>
        <extracomment>badge text and tooltip advice per diagnose_fit kind (translated in the RunMonitor context); other kinds: no badge</extracomment>
        <translation>¿Sobreajuste?</translation>
    </message>
    <message>
        <source>Fails on validation?</source>
        <translation>¿Falla en la validación?</translation>
    </message>
    <message>
        <source>Nothing is training.</source>
        <translation>No se está entrenando nada.</translation>
    </message>
    <message>
        <source>Messages from training appear here.</source>
        <translation>Aquí aparecen los mensajes del entrenamiento.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>{outcome} after {duration}</source>
        <translation>{outcome} tras {duration}</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Dispositivo: {device}</translation>
    </message>
    <message>
        <source>Where this training runs: the device and the Keras backend (TensorFlow or PyTorch)</source>
        <translation>Dónde se ejecuta este entrenamiento: el dispositivo y el backend de Keras (TensorFlow o PyTorch)</translation>
    </message>
    <message>
        <source>Training {network} on {images} images ({validation} for validation), {batches} batches per epoch, on {device}.</source>
        <translation>Entrenando {network} con {images} imágenes ({validation} para validación), {batches} lotes por época, en {device}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}: {scores} ({seconds} s)</source>
        <translation>Época {epoch}/{epochs}: {scores} ({seconds} s)</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>Época {epoch}/{epochs} · lote {batch}/{batches}</translation>
    </message>
    <message>
        <source>ETA {duration} · {rate} images/s</source>
        <translation>Quedan {duration} · {rate} imágenes/s</translation>
    </message>
</context>
<context>
    <name>ScalingPreview</name>
    <message>
        <source>Preview answers on sample photos</source>
        <extracomment>runner(job, on_done, on_failed): runs ``job()`` in the background, then one of the callbacks on the GUI thread.</extracomment>
        <translation>Previsualizar respuestas con fotos de ejemplo</translation>
    </message>
    <message>
        <source>Runs the model on the bundled sample photos under each scaling</source>
        <translation>Ejecuta el modelo con las fotos de ejemplo incluidas usando cada escalado</translation>
    </message>
    <message>
        <source>Answering the sample photos…</source>
        <translation>Respondiendo a las fotos de ejemplo…</translation>
    </message>
    <message>
        <source>Pick the column whose answers match the photos (click its header).</source>
        <translation>Elige la columna cuyas respuestas coincidan con las fotos (haz clic en su encabezado).</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Sin vista previa: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>SpaceForm</name>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Penalización L2</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>Backbone layers trained</source>
        <translation>Capas entrenadas de la red base</translation>
    </message>
    <message>
        <source>Epochs per trial</source>
        <translation>Épocas por prueba</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Study name</source>
        <translation>Nombre del estudio</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Muestreador</translation>
    </message>
    <message>
        <source>Stop weak trials early</source>
        <translation>Detener antes las pruebas flojas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>a journal file in the app&apos;s data folder</source>
        <translation>un archivo de registro en la carpeta de datos de la aplicación</translation>
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
        <translation>Aquí no se está entrenando ninguna prueba.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>A searched setting as the running text names it (translated in the StudyView context).</extracomment>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>l2</source>
        <translation>l2</translation>
    </message>
    <message>
        <source>augment strength</source>
        <translation>intensidad del aumento</translation>
    </message>
    <message>
        <source>fine tune layers</source>
        <translation>capas de ajuste fino</translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>Trial states as the summary line counts them (&quot;2 running, 5 complete&quot;).</extracomment>
        <translation>en curso</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completadas</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>podadas</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallidas</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (training here): {settings}</source>
        <translation>&lt;b&gt;Prueba {number}&lt;/b&gt; (entrenando aquí): {settings}</translation>
    </message>
    <message>
        <source>No study “{study}” in {storage} yet.</source>
        <translation>Aún no hay ningún estudio «{study}» en {storage}.</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{state}: {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{study}&lt;/b&gt;: {count} of {budget} trials ({states}) · storage {storage}</source>
        <translation>&lt;b&gt;{study}&lt;/b&gt;: {count} de {budget} pruebas ({states}) · almacenamiento {storage}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{study}&lt;/b&gt;: {count} trials ({states}) · storage {storage}</source>
        <translation>&lt;b&gt;{study}&lt;/b&gt;: {count} pruebas ({states}) · almacenamiento {storage}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;trial {number}&lt;/b&gt;, validation accuracy {accuracy} ({settings})</source>
        <translation>Mejor: &lt;b&gt;prueba {number}&lt;/b&gt;, exactitud de validación {accuracy} ({settings})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (another worker on {worker}): validation accuracy per epoch</source>
        <translation>&lt;b&gt;Prueba {number}&lt;/b&gt; (otro trabajador en {worker}): exactitud de validación por época</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (another worker): validation accuracy per epoch</source>
        <translation>&lt;b&gt;Prueba {number}&lt;/b&gt; (otro trabajador): exactitud de validación por época</translation>
    </message>
</context>
<context>
    <name>TeachController</name>
    <message>
        <source>This is…</source>
        <translation>Esto es…</translation>
    </message>
    <message>
        <source>Tell the model what the selected photos really show (copies them into its teaching set)</source>
        <translation>Dile al modelo qué muestran realmente las fotos seleccionadas (las copia en su conjunto de enseñanza)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s) as “{name}”.</source>
        <translation>
            <numerusform>Se ha añadido %n foto como «{name}».</numerusform>
            <numerusform>Se han añadido %n fotos como «{name}».</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder} holds no class folders of photos: drop a folder with one sub-folder per class.</source>
        <translation>{folder} no contiene carpetas de clase con fotos: suelta una carpeta con una subcarpeta por clase.</translation>
    </message>
    <message>
        <source>Waiting for TensorFlow to load…</source>
        <translation>Esperando a que se cargue TensorFlow…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Saved “{name}”; your photos are part of it now. {score}</source>
        <translation>Se ha guardado «{name}»; tus fotos ya forman parte de él. {score}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed:</source>
        <translation>
            <numerusform>Ha cambiado %n respuesta:</numerusform>
            <numerusform>Han cambiado %n respuestas:</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer in the list changed.</source>
        <translation>No ha cambiado ninguna respuesta de la lista.</translation>
    </message>
</context>
<context>
    <name>TeachPanel</name>
    <message>
        <source>Teach this model your own photos: select results on the left, press “This is…” and pick or type the right class. You can also drop a folder of class folders here.</source>
        <translation>Enseña a este modelo tus propias fotos: selecciona resultados a la izquierda, pulsa «Esto es…» y elige o escribe la clase correcta. También puedes soltar aquí una carpeta de carpetas de clases.</translation>
    </message>
    <message>
        <source>Teaching set</source>
        <translation>Conjunto de enseñanza</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected copies from the teaching set (your photos stay)</source>
        <translation>Quitar las copias seleccionadas del conjunto de enseñanza (tus fotos se conservan)</translation>
    </message>
    <message>
        <source>Teach</source>
        <translation>Enseñar</translation>
    </message>
    <message>
        <source>Save a copy of this model that has learned the teaching set</source>
        <translation>Guardar una copia de este modelo que haya aprendido el conjunto de enseñanza</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {classes}</source>
        <translation>
            <numerusform>%n foto: {classes}</numerusform>
            <numerusform>%n fotos: {classes}</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning: pass {number} of {total}</source>
        <translation>Aprendiendo: pasada {number} de {total}</translation>
    </message>
    <message>
        <source>Go back to “{name}”</source>
        <translation>Volver a «{name}»</translation>
    </message>
</context>
<context>
    <name>TeachScore</name>
    <message>
        <source>Classes you did not teach: {before} of {held} set-aside images right before, {after} after (too few for a score).</source>
        <extracomment>Fewer held-back photos than this give counts, not a percentage: &quot;0 % → 100 %&quot; of one photo misleads.</extracomment>
        <translation>Clases que no enseñaste: {before} de {held} imágenes apartadas acertadas antes, {after} después (demasiado pocas para una puntuación).</translation>
    </message>
    <message numerus="yes">
        <source>Classes you did not teach: {before} → {after} right (%n set-aside image(s)).</source>
        <translation>
            <numerusform>Clases que no enseñaste: {before} → {after} de aciertos (%n imagen apartada).</numerusform>
            <numerusform>Clases que no enseñaste: {before} → {after} de aciertos (%n imágenes apartadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few photos per class to hold some back for a before/after score (5 per class are enough).</source>
        <translation>Hay demasiado pocas fotos por clase para reservar algunas y puntuar el antes y el después (basta con 5 por clase).</translation>
    </message>
    <message>
        <source>Held-back photos: {before} of {held} right before, {after} after (too few for a score; {minimum} or more give one).</source>
        <translation>Fotos reservadas: {before} de {held} acertadas antes, {after} después (demasiado pocas para una puntuación; con {minimum} o más, la hay).</translation>
    </message>
    <message numerus="yes">
        <source>Held-back photos: {before} → {after} right (%n photo(s)).</source>
        <translation>
            <numerusform>Fotos reservadas: {before} → {after} de aciertos (%n foto).</numerusform>
            <numerusform>Fotos reservadas: {before} → {after} de aciertos (%n fotos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TfLoader</name>
    <message>
        <source>TensorFlow could not be loaded ({reason}). Training, Grad-CAM and export need it: reinstall the app or run &apos;pip install tensorflow&apos;.</source>
        <translation>No se pudo cargar TensorFlow ({reason}). El entrenamiento, Grad-CAM y la exportación lo necesitan: reinstala la aplicación o ejecuta &apos;pip install tensorflow&apos;.</translation>
    </message>
</context>
<context>
    <name>ThisIsDialog</name>
    <message>
        <source>This is…</source>
        <translation>Esto es…</translation>
    </message>
    <message>
        <source>Pick a class or type a new one, e.g. Pear</source>
        <translation>Elige una clase o escribe una nueva, p. ej., Pera</translation>
    </message>
    <message>
        <source>What is in this photo? A copy goes into the teaching set; the photos stay where they are.</source>
        <translation>¿Qué hay en esta foto? Se añade una copia al conjunto de enseñanza; las fotos se quedan donde están.</translation>
    </message>
    <message numerus="yes">
        <source>What is in these %n photos? A copy goes into the teaching set; the photos stay where they are.</source>
        <translation>
            <numerusform>¿Qué hay en esta foto (%n)? Se añade una copia al conjunto de enseñanza; las fotos se quedan donde están.</numerusform>
            <numerusform>¿Qué hay en estas %n fotos? Se añade una copia al conjunto de enseñanza; las fotos se quedan donde están.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model answered: {answer}</source>
        <translation>El modelo respondió: {answer}</translation>
    </message>
</context>
<context>
    <name>TrainJobs</name>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>{name} — {network}, {done}/{epochs} epochs, {status}</source>
        <translation>{name} — {network}, {done}/{epochs} épocas, {status}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Training is running. Stop it and quit?</source>
        <translation>Hay un entrenamiento en curso. ¿Detenerlo y salir?</translation>
    </message>
    <message>
        <source>The best epoch so far is saved to the library.</source>
        <translation>La mejor época hasta el momento se guarda en la biblioteca.</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Iniciar entrenamiento</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop after the current batch; the best completed epoch is saved</source>
        <translation>Detener tras el lote actual; se guarda la mejor época completada</translation>
    </message>
    <message>
        <source>Stopped runs that can continue from their last completed epoch</source>
        <translation>Entrenamientos detenidos que pueden continuar desde su última época completada</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Several Machines…</source>
        <translation>Varios equipos…</translation>
    </message>
    <message>
        <source>Train the first checked network with other machines: this one is the chief (docs/distributed.md)</source>
        <translation>Entrenar la primera red marcada con otros equipos: este es el principal (docs/distributed.md)</translation>
    </message>
    <message>
        <source>Stopped run:</source>
        <translation>Entrenamiento detenido:</translation>
    </message>
    <message>
        <source>Open in Classify</source>
        <translation>Abrir en Clasificar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the models this queue saved on a test folder</source>
        <translation>Comparar en una carpeta de prueba los modelos que ha guardado esta cola</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{network} on several machines</source>
        <translation>{network} en varios equipos</translation>
    </message>
    <message>
        <source>Waiting for the other machines to join; training starts when all have.</source>
        <translation>Esperando a que se unan los demás equipos; el entrenamiento empieza cuando se hayan unido todos.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Saved model {model} in the library.</source>
        <translation>Modelo {model} guardado en la biblioteca.</translation>
    </message>
    <message>
        <source>Several machines: {status}</source>
        <translation>Varios equipos: {status}</translation>
    </message>
    <message>
        <source>Resuming {run}</source>
        <translation>Reanudando {run}</translation>
    </message>
    <message numerus="yes">
        <source>Stopping after the current batch… (%n queued run(s) cancelled)</source>
        <translation>
            <numerusform>Deteniendo tras el lote actual… (%n entrenamiento en cola cancelado)</numerusform>
            <numerusform>Deteniendo tras el lote actual… (%n entrenamientos en cola cancelados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <source>{title} — run {number} of {count}</source>
        <translation>{title} — entrenamiento {number} de {count}</translation>
    </message>
    <message>
        <source>Command line: {command}</source>
        <translation>Línea de comandos: {command}</translation>
    </message>
    <message>
        <source>Reproduce: {command}</source>
        <translation>Reproducir: {command}</translation>
    </message>
    <message>
        <source>Continue after a stop: {command}</source>
        <translation>Continuar tras detenerlo: {command}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>“{name}”, test accuracy {accuracy}</source>
        <translation>«{name}», exactitud de prueba {accuracy}</translation>
    </message>
    <message>
        <source>“{name}”, validation accuracy {accuracy}</source>
        <translation>«{name}», exactitud de validación {accuracy}</translation>
    </message>
    <message>
        <source>Saved {model} (stopped early; best epoch kept)</source>
        <translation>{model} guardado (detenido antes de tiempo; se conserva la mejor época)</translation>
    </message>
    <message>
        <source>Saved {model}</source>
        <translation>{model} guardado</translation>
    </message>
    <message>
        <source>stopped before an epoch completed; nothing saved</source>
        <translation>detenido antes de completar una época; no se guardó nada</translation>
    </message>
    <message>
        <source>Stopped before training began; nothing was saved.</source>
        <translation>Detenido antes de empezar a entrenar; no se guardó nada.</translation>
    </message>
    <message>
        <source>Training failed: {reason}</source>
        <translation>El entrenamiento falló: {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>{reason} Trying again with weights: {weights}.</source>
        <translation>{reason} Reintentando con los pesos: {weights}.</translation>
    </message>
    <message>
        <source>ImageNet weights unavailable</source>
        <translation>Pesos de ImageNet no disponibles</translation>
    </message>
    <message>
        <source>Train from Scratch</source>
        <translation>Entrenar desde cero</translation>
    </message>
    <message>
        <source>Choose Weights File…</source>
        <translation>Elegir archivo de pesos…</translation>
    </message>
    <message>
        <source>Weights for {network}</source>
        <translation>Pesos para {network}</translation>
    </message>
    <message>
        <source>Keras weights ({patterns})</source>
        <translation>Pesos de Keras ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
</context>
<context>
    <name>TrainQueue</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>entrenando…</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>stopped, saved</source>
        <translation>detenido, guardado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
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
        <translation>Exactitud de validación por prueba</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>mejor hasta ahora</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>podada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Each trial&apos;s validation accuracy appears here as it finishes</source>
        <translation>La exactitud de validación de cada prueba aparece aquí cuando termina</translation>
    </message>
</context>
<context>
    <name>TrialsTable</name>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
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
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>Layers trained</source>
        <translation>Capas entrenadas</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>Exactitud de val.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <extracomment>What the header shows (short: every column fits the Tune view at 1024 px); HEADERS are the tooltips.</extracomment>
        <translation>Exact. val.</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Aug.</source>
        <translation>Aum.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>pruned (trailing)</source>
        <translation>podada (rezagada)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
</context>
<context>
    <name>TunePage</name>
    <message>
        <source>A study is training trials in this window. Stop the study here and quit?

This window&apos;s trial stops; the study keeps its finished trials and best model (Resume continues it). Workers in other processes or on other machines keep going.</source>
        <translation>Un estudio está entrenando pruebas en esta ventana. ¿Detener aquí el estudio y salir?

La prueba de esta ventana se detiene; el estudio conserva sus pruebas terminadas y su mejor modelo (Reanudar lo continúa). Los trabajadores de otros procesos o de otros equipos siguen adelante.</translation>
    </message>
    <message>
        <source>Network (settings every trial starts from)</source>
        <translation>Red (ajustes de partida de cada prueba)</translation>
    </message>
    <message>
        <source>Start Study</source>
        <translation>Iniciar estudio</translation>
    </message>
    <message>
        <source>Run trials here until the study has its number of trials (workers elsewhere with the same storage and study name share them)</source>
        <translation>Ejecutar pruebas aquí hasta que el estudio tenga su número de pruebas (los trabajadores de otros lugares con el mismo almacenamiento y nombre de estudio las comparten)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop every worker of the study, here and on other machines, after its batch</source>
        <translation>Detener todos los trabajadores del estudio, aquí y en otros equipos, tras su lote</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Studies in the storage: choose one to watch it and load its settings</source>
        <translation>Estudios del almacenamiento: elige uno para seguirlo y cargar sus ajustes</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Continue the study shown with its own settings, up to the Trials asked for</source>
        <translation>Continuar el estudio mostrado con sus propios ajustes, hasta el número de Pruebas indicado</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Estudio:</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) each</source>
        <translation>
            <numerusform>%n época cada una</numerusform>
            <numerusform>%n épocas cada una</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting study “{study}”: %n trials of {epochs}…</source>
        <translation>
            <numerusform>Iniciando el estudio «{study}»: %n prueba de {epochs}…</numerusform>
            <numerusform>Iniciando el estudio «{study}»: %n pruebas de {epochs}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping every worker of study “{study}” after its current batch…</source>
        <translation>Deteniendo todos los trabajadores del estudio «{study}» tras su lote actual…</translation>
    </message>
    <message>
        <source>Could not ask the other workers to stop: {reason}</source>
        <translation>No se pudo pedir a los demás trabajadores que se detuvieran: {reason}</translation>
    </message>
    <message>
        <source>Training trials of “{study}” here (it had {before} of {wanted} when this worker joined). Stop ends every worker of the study.</source>
        <translation>Entrenando aquí pruebas de «{study}» (tenía {before} de {wanted} cuando se unió este trabajador). Detener finaliza todos los trabajadores del estudio.</translation>
    </message>
    <message numerus="yes">
        <source>Study “{study}” holds %n trials ({done} complete).</source>
        <translation>
            <numerusform>El estudio «{study}» contiene %n prueba ({done} completadas).</numerusform>
            <numerusform>El estudio «{study}» contiene %n pruebas ({done} completadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>No trial completed: try a wider learning-rate range or more epochs per trial.</source>
        <translation>Ninguna prueba se completó: prueba con un rango de tasa de aprendizaje más amplio o con más épocas por prueba.</translation>
    </message>
    <message>
        <source>The study stopped: {reason}</source>
        <translation>El estudio se detuvo: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the study: {reason} Check the storage path or URL, then choose the study again.</source>
        <translation>No se puede leer el estudio: {reason} Comprueba la ruta o la URL del almacenamiento y vuelve a elegir el estudio.</translation>
    </message>
    <message>
        <source>Cannot list the studies: {reason}</source>
        <translation>No se pueden listar los estudios: {reason}</translation>
    </message>
</context>
<context>
    <name>WeightsEdit</name>
    <message>
        <source>Pretrained on ImageNet: included for EfficientNet-Lite0; downloaded once (internet needed) for VGG16 and ResNet50</source>
        <translation>Preentrenados con ImageNet: incluidos para EfficientNet-Lite0; se descargan una vez (requiere internet) para VGG16 y ResNet50</translation>
    </message>
    <message>
        <source>a .weights.h5 file</source>
        <translation>un archivo .weights.h5</translation>
    </message>
    <message>
        <source>Keras weights ({patterns})</source>
        <translation>Pesos de Keras ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>Apply augmentation to training images</source>
        <translation>Aplicar aumento de datos a las imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>Random horizontal and vertical flips</source>
        <translation>Volteos horizontales y verticales aleatorios</translation>
    </message>
    <message>
        <source>Largest rotation, as a fraction of a full turn</source>
        <translation>Rotación máxima, como fracción de una vuelta completa</translation>
    </message>
    <message>
        <source>Largest zoom-out (fruit shrinks to 1/(1+zoom)); zoom-in is capped at 0.25</source>
        <translation>Alejamiento máximo (la fruta se reduce a 1/(1+zoom)); el acercamiento se limita a 0.25</translation>
    </message>
    <message>
        <source>Largest brightness change (fraction)</source>
        <translation>Cambio máximo de brillo (fracción)</translation>
    </message>
    <message>
        <source>Largest contrast change (fraction)</source>
        <translation>Cambio máximo de contraste (fracción)</translation>
    </message>
    <message>
        <source>Largest hue/saturation change (fraction)</source>
        <translation>Cambio máximo de tono/saturación (fracción)</translation>
    </message>
    <message>
        <source>Probability of blur and sensor noise</source>
        <translation>Probabilidad de desenfoque y ruido del sensor</translation>
    </message>
    <message>
        <source>Folder of background photos to composite white-background fruit onto (empty: off)</source>
        <translation>Carpeta de fotos de fondo sobre las que componer la fruta con fondo blanco (vacío: desactivado)</translation>
    </message>
    <message>
        <source>Share of training images composited onto a background</source>
        <translation>Proporción de imágenes de entrenamiento compuestas sobre un fondo</translation>
    </message>
    <message>
        <source>Folder of class folders, or a Fruits-360 folder with Training/ and Test/</source>
        <translation>Carpeta de carpetas de clases, o una carpeta de Fruits-360 con Training/ y Test/</translation>
    </message>
    <message>
        <source>Network architecture</source>
        <translation>Arquitectura de la red</translation>
    </message>
    <message>
        <source>Number of passes over the training data</source>
        <translation>Número de pasadas por los datos de entrenamiento</translation>
    </message>
    <message>
        <source>Images per training step</source>
        <translation>Imágenes por paso de entrenamiento</translation>
    </message>
    <message>
        <source>Adam learning rate</source>
        <translation>Tasa de aprendizaje de Adam</translation>
    </message>
    <message>
        <source>Square input size in pixels (0: the architecture&apos;s default)</source>
        <translation>Tamaño de entrada cuadrado en píxeles (0: el predeterminado de la arquitectura)</translation>
    </message>
    <message>
        <source>Share of training images held out for validation</source>
        <translation>Proporción de imágenes de entrenamiento reservadas para validación</translation>
    </message>
    <message>
        <source>Optional separate test folder (empty: the Test/ beside the data, if any)</source>
        <translation>Carpeta de prueba aparte, opcional (vacío: la carpeta Test/ junto a los datos, si existe)</translation>
    </message>
    <message>
        <source>Backbone weights: &apos;imagenet&apos;, &apos;none&apos; or a path to a weights file</source>
        <translation>Pesos de la red base: &apos;imagenet&apos;, &apos;none&apos; o la ruta a un archivo de pesos</translation>
    </message>
    <message>
        <source>Freeze the pretrained backbone and train only the head</source>
        <translation>Congelar la red base preentrenada y entrenar solo la cabeza</translation>
    </message>
    <message>
        <source>With a frozen backbone, unfreeze this many of its last layers</source>
        <translation>Con la red base congelada, descongelar este número de sus últimas capas</translation>
    </message>
    <message>
        <source>Dropout before the classifier</source>
        <translation>Dropout antes del clasificador</translation>
    </message>
    <message>
        <source>L2 weight penalty on dense/conv kernels</source>
        <translation>Penalización L2 de los pesos en los núcleos densos/convolucionales</translation>
    </message>
    <message>
        <source>Stop after this many epochs without improvement (0: off)</source>
        <translation>Detener tras este número de épocas sin mejora (0: desactivado)</translation>
    </message>
    <message>
        <source>Halve the learning rate after this many flat epochs (0: off)</source>
        <translation>Reducir a la mitad la tasa de aprendizaje tras este número de épocas sin avance (0: desactivado)</translation>
    </message>
    <message>
        <source>Weight classes inversely to their size (for lopsided folders)</source>
        <translation>Ponderar las clases de forma inversa a su tamaño (para carpetas desequilibradas)</translation>
    </message>
    <message>
        <source>Random seed for the split, shuffling and initial weights</source>
        <translation>Semilla aleatoria para la división, la mezcla y los pesos iniciales</translation>
    </message>
    <message>
        <source>Mixed precision: float16 on GPUs, bfloat16 on CPUs with AVX-512 BF16 or AMX (others stay float32)</source>
        <translation>Precisión mixta: float16 en GPU, bfloat16 en CPU con AVX-512 BF16 o AMX (las demás siguen en float32)</translation>
    </message>
    <message>
        <source>Keras backend to train on: tensorflow, torch (PyTorch: Apple GPU via MPS, CUDA or CPU) or auto (PyTorch where it sees a GPU that TensorFlow does not)</source>
        <translation>Backend de Keras con el que entrenar: tensorflow, torch (PyTorch: GPU de Apple mediante MPS, CUDA o CPU) o auto (PyTorch donde vea una GPU que TensorFlow no ve)</translation>
    </message>
    <message>
        <source>Also learn a &apos;Not one of my classes&apos; answer (from fruit-free photos shipped with the app and recoloured copies of yours), calibrated so its known-probability can be trusted</source>
        <translation>Aprender también una respuesta &apos;Ninguna de mis clases&apos; (a partir de fotos sin fruta incluidas con la aplicación y de copias recoloreadas de las tuyas), calibrada para que su probabilidad de ser conocida sea fiable</translation>
    </message>
    <message>
        <source>Name for the saved model (empty: generated)</source>
        <translation>Nombre del modelo guardado (vacío: se genera)</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>Settings every trial starts from</source>
        <translation>Ajustes de partida de cada prueba</translation>
    </message>
    <message>
        <source>Trials the study should have in all (every worker together)</source>
        <translation>Pruebas que debe tener el estudio en total (entre todos los trabajadores)</translation>
    </message>
    <message>
        <source>Epochs each trial trains</source>
        <translation>Épocas que entrena cada prueba</translation>
    </message>
    <message>
        <source>Learning rate range (log scale)</source>
        <translation>Rango de la tasa de aprendizaje (escala logarítmica)</translation>
    </message>
    <message>
        <source>Dropout range</source>
        <translation>Rango de dropout</translation>
    </message>
    <message>
        <source>L2 penalty range (log scale)</source>
        <translation>Rango de la penalización L2 (escala logarítmica)</translation>
    </message>
    <message>
        <source>Augmentation strength range (0: off, 1: strong)</source>
        <translation>Rango de la intensidad del aumento (0: desactivado, 1: fuerte)</translation>
    </message>
    <message>
        <source>Backbone layers unfrozen from the top (0: frozen backbone); searched only from pretrained weights, up to the network&apos;s limit</source>
        <translation>Capas de la red base descongeladas desde arriba (0: red base congelada); solo se busca con pesos preentrenados, hasta el límite de la red</translation>
    </message>
    <message>
        <source>Study name; workers with the same name and storage share it</source>
        <translation>Nombre del estudio; los trabajadores con el mismo nombre y almacenamiento lo comparten</translation>
    </message>
    <message>
        <source>Journal file path or database URL (empty: a journal file in the app&apos;s data folder)</source>
        <translation>Ruta del archivo de registro o URL de la base de datos (vacío: un archivo de registro en la carpeta de datos de la aplicación)</translation>
    </message>
    <message>
        <source>How the next trial&apos;s settings are chosen</source>
        <translation>Cómo se eligen los ajustes de la siguiente prueba</translation>
    </message>
    <message>
        <source>Stop a trial early when its validation accuracy trails the median</source>
        <translation>Detener antes una prueba cuando su exactitud de validación quede por debajo de la mediana</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>0 to 1 (pixels / 255)</source>
        <extracomment>name -&gt; (multiplier, offset) for x * multiplier + offset; caffe is handled on its own.</extracomment>
        <translation>de 0 a 1 (píxeles / 255)</translation>
    </message>
    <message>
        <source>0 to 255 (raw pixels; the model scales them itself)</source>
        <translation>de 0 a 255 (píxeles sin procesar; el modelo los escala por sí mismo)</translation>
    </message>
    <message>
        <source>-1 to 1 (Teachable Machine, MobileNet)</source>
        <translation>de -1 a 1 (Teachable Machine, MobileNet)</translation>
    </message>
    <message>
        <source>caffe: BGR minus ImageNet means (VGG16, ResNet50 of keras.applications)</source>
        <translation>caffe: BGR menos las medias de ImageNet (VGG16, ResNet50 de keras.applications)</translation>
    </message>
    <message>
        <source>{name} stopped sending pictures.</source>
        <extracomment>File name endings read as videos (predict, the live view&apos;s &quot;Video file…&quot;).</extracomment>
        <translation>{name} ha dejado de enviar imágenes.</translation>
    </message>
    <message>
        <source>Check that it is plugged in, then pick it again.</source>
        <translation>Comprueba que esté conectada y vuelve a elegirla.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>Check the path, then open it again.</source>
        <translation>Comprueba la ruta y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>{name} has no video in it.</source>
        <translation>{name} no contiene vídeo.</translation>
    </message>
    <message>
        <source>Open a video file (.mp4, .mov, …).</source>
        <translation>Abre un archivo de vídeo (.mp4, .mov, …).</translation>
    </message>
    <message>
        <source>{name} uses a video codec this app cannot decode.</source>
        <translation>{name} usa un códec de vídeo que esta aplicación no puede decodificar.</translation>
    </message>
    <message>
        <source>Convert it to H.264 MP4, then open it again.</source>
        <translation>Conviértelo a MP4 H.264 y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>{name} cannot be played ({reason}).</source>
        <translation>{name} no se puede reproducir ({reason}).</translation>
    </message>
    <message>
        <source>Open a video file this app can decode, e.g. H.264 MP4.</source>
        <translation>Abre un archivo de vídeo que esta aplicación pueda decodificar, p. ej., MP4 H.264.</translation>
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
        <translation>archivo vacío (0 bytes)</translation>
    </message>
    <message>
        <source>unsupported colour mode {mode}</source>
        <translation>modo de color no compatible: {mode}</translation>
    </message>
    <message>
        <source>a folder, not an image file</source>
        <translation>una carpeta, no un archivo de imagen</translation>
    </message>
    <message>
        <source>file not found</source>
        <extracomment>Built from the one architecture table (fruitclassifier/architectures.py).</extracomment>
        <translation>no se encontró el archivo</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>no se puede leer el archivo ({error})</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>too large (over the decoder&apos;s safety limit)</source>
        <translation>demasiado grande (supera el límite de seguridad del decodificador)</translation>
    </message>
    <message>
        <source>too large (not enough memory to decode)</source>
        <translation>demasiado grande (no hay memoria suficiente para decodificarlo)</translation>
    </message>
    <message>
        <source>not an image we can read: HEIC photos need the optional pillow-heif package</source>
        <translation>no es una imagen que podamos leer: las fotos HEIC necesitan el paquete opcional pillow-heif</translation>
    </message>
    <message>
        <source>not an image (or a format we cannot read)</source>
        <translation>no es una imagen (o está en un formato que no podemos leer)</translation>
    </message>
    <message>
        <source>too large ({megapixels} megapixels, limit {limit})</source>
        <translation>demasiado grande ({megapixels} megapíxeles, límite {limit})</translation>
    </message>
    <message>
        <source>truncated or damaged image (zero width or height)</source>
        <translation>imagen truncada o dañada (anchura o altura cero)</translation>
    </message>
    <message>
        <source>truncated or damaged image</source>
        <translation>imagen truncada o dañada</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Pérdida de prueba</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Tamaño (MB)</translation>
    </message>
    <message>
        <source>ms/image</source>
        <translation>ms/imagen</translation>
    </message>
    <message>
        <source>Training time (s)</source>
        <translation>Tiempo de entrenamiento (s)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Best val. accuracy</source>
        <translation>Mejor exactitud de val.</translation>
    </message>
    <message>
        <source>Val–Test gap</source>
        <translation>Diferencia val.–prueba</translation>
    </message>
    <message>
        <source>Train–val gap</source>
        <translation>Diferencia entr.–val.</translation>
    </message>
    <message>
        <source>Training accuracy is {gap:.0%} above validation accuracy (too few epochs of validation loss to tell overfitting from failing on unseen images).</source>
        <extracomment>A final training accuracy this much above the validation accuracy is a gap worth explaining. What diagnose_fit may find (FitDiagnosis.kind).</extracomment>
        <translation>La exactitud de entrenamiento supera en {gap:.0%} a la de validación (hay demasiado pocas épocas de pérdida de validación para distinguir el sobreajuste de un fallo con imágenes no vistas).</translation>
    </message>
    <message>
        <source>Training accuracy is {gap:.0%} above validation accuracy and validation loss has risen since epoch {epoch} ({best:.3f} → {last:.3f}).</source>
        <translation>La exactitud de entrenamiento supera en {gap:.0%} a la de validación y la pérdida de validación ha subido desde la época {epoch} ({best:.3f} → {last:.3f}).</translation>
    </message>
    <message>
        <source>Validation accuracy is {gap:.0%} below training accuracy while validation loss does not rise: the model fails on unseen images from the start, which is not overfitting (check the data split, preprocessing or BatchNorm).</source>
        <translation>La exactitud de validación está {gap:.0%} por debajo de la de entrenamiento mientras la pérdida de validación no sube: el modelo falla con imágenes no vistas desde el principio, lo cual no es sobreajuste (revisa la división de los datos, el preprocesamiento o BatchNorm).</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <extracomment>Accuracies closer than this are called a tie.</extracomment>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>{names} are about as accurate on this folder ({accuracy}); {fast} is faster ({fast_ms:.2f} vs {slow_ms:.2f} ms per image).</source>
        <translation>{names} tienen una exactitud similar en esta carpeta ({accuracy}); {fast} es más rápido ({fast_ms:.2f} frente a {slow_ms:.2f} ms por imagen).</translation>
    </message>
    <message>
        <source>Behind them: {models}.</source>
        <translation>Por detrás: {models}.</translation>
    </message>
    <message>
        <source>{model} is best on this folder (accuracy {accuracy} vs {others}).</source>
        <translation>{model} es el mejor en esta carpeta (exactitud {accuracy} frente a {others}).</translation>
    </message>
    <message>
        <source>{name} overfits: train–val gap {gap:.2f} and validation loss rising.</source>
        <extracomment>Best validation accuracy this far above the accuracy on the compared folder: the model learned its training data (and the validation split drawn from it) and does not carry over to these photos.</extracomment>
        <translation>{name} sufre sobreajuste: diferencia entrenamiento–validación de {gap:.2f} y pérdida de validación en aumento.</translation>
    </message>
    <message>
        <source>{name} fails on validation from the start (train–val gap {gap:.2f}, validation loss not rising): not overfitting.</source>
        <translation>{name} falla en la validación desde el principio (diferencia entrenamiento–validación de {gap:.2f}, la pérdida de validación no sube): no es sobreajuste.</translation>
    </message>
    <message>
        <source>{name} has a train–val gap of {gap:.2f} (too few epochs of validation loss to say why).</source>
        <translation>{name} tiene una diferencia entrenamiento–validación de {gap:.2f} (hay demasiado pocas épocas de pérdida de validación para saber por qué).</translation>
    </message>
    <message>
        <source>It does not overfit (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <extracomment>&quot;Nobody overfits&quot;, by how many models were judged (1, 2, more), with the limits (parts is empty) or without.</extracomment>
        <translation>No sufre sobreajuste (validación y esta carpeta a menos de {limit:.2f}, diferencia entrenamiento–validación por debajo de {gap:.2f}).</translation>
    </message>
    <message>
        <source>Neither overfits (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <translation>Ninguno de los dos sufre sobreajuste (validación y esta carpeta a menos de {limit:.2f}, diferencia entrenamiento–validación por debajo de {gap:.2f}).</translation>
    </message>
    <message>
        <source>None overfits (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <translation>Ninguno sufre sobreajuste (validación y esta carpeta a menos de {limit:.2f}, diferencia entrenamiento–validación por debajo de {gap:.2f}).</translation>
    </message>
    <message>
        <source>It does not overfit.</source>
        <translation>No sufre sobreajuste.</translation>
    </message>
    <message>
        <source>Neither overfits.</source>
        <translation>Ninguno de los dos sufre sobreajuste.</translation>
    </message>
    <message>
        <source>None overfits.</source>
        <translation>Ninguno sufre sobreajuste.</translation>
    </message>
    <message>
        <source>{name} overfits: validation accuracy {validation} but {accuracy} on this folder, so what it learned does not carry over to these photos.</source>
        <translation>{name} sufre sobreajuste: exactitud de validación {validation}, pero {accuracy} en esta carpeta, así que lo que aprendió no se extrapola a estas fotos.</translation>
    </message>
    <message>
        <source>No training history is stored, so overfitting cannot be judged.</source>
        <translation>No hay historial de entrenamiento guardado, así que no se puede valorar el sobreajuste.</translation>
    </message>
    <message>
        <source>{name}: accuracy {accuracy} on this folder.</source>
        <translation>{name}: exactitud {accuracy} en esta carpeta.</translation>
    </message>
    <message>
        <source>Preparing “{name}” for fast answers (once; this loads TensorFlow)…</source>
        <extracomment>Below this top probability the app says &quot;not sure&quot; instead of naming a fruit.</extracomment>
        <translation>Preparando «{name}» para respuestas rápidas (una sola vez; esto carga TensorFlow)…</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>no se pudo leer ({error})</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty: choose a new folder name</source>
        <translation>{folder} ya existe y no está vacía: elige un nombre de carpeta nuevo</translation>
    </message>
    <message>
        <source>Could not write the SavedModel: {reason}</source>
        <translation>No se pudo escribir el SavedModel: {reason}</translation>
    </message>
    <message>
        <source>Could not convert the model to TFLite: {reason}</source>
        <translation>No se pudo convertir el modelo a TFLite: {reason}</translation>
    </message>
    <message>
        <source>Cannot export {name}: {reason}</source>
        <translation>No se puede exportar {name}: {reason}</translation>
    </message>
    <message>
        <source>The exported {format} returns shape {got}, the original {expected}: the export is broken; please report it</source>
        <translation>El {format} exportado devuelve la forma {got} y el original, {expected}: la exportación está dañada; informa del problema, por favor</translation>
    </message>
    <message>
        <source>The exported {format} disagrees with the original model (largest probability difference {diff}, allowed {allowed}), so it was not saved</source>
        <translation>El {format} exportado no coincide con el modelo original (diferencia de probabilidad máxima {diff}, permitida {allowed}), así que no se ha guardado</translation>
    </message>
    <message>
        <source>Teaching was cancelled; nothing was saved.</source>
        <translation>Se canceló la enseñanza; no se guardó nada.</translation>
    </message>
    <message>
        <source>This model has no “Not one of my fruits” class.</source>
        <extracomment>What the user picks (GUI) or names a folder (CLI) to teach the model&apos;s &quot;not one of my fruits&quot; class.</extracomment>
        <translation>Este modelo no tiene la clase «Ninguna de mis frutas».</translation>
    </message>
    <message>
        <source>Pick one of its classes or type a new name.</source>
        <translation>Elige una de sus clases o escribe un nombre nuevo.</translation>
    </message>
    <message>
        <source>{name} cannot be a class name.</source>
        <translation>{name} no puede ser un nombre de clase.</translation>
    </message>
    <message>
        <source>Type a name without / \ : * ? &quot; &lt; &gt; | that does not start with a dot.</source>
        <translation>Escribe un nombre sin / \ : * ? &quot; &lt; &gt; | que no empiece por un punto.</translation>
    </message>
    <message>
        <source>{name} is the model&apos;s internal name for “Not one of my fruits”.</source>
        <translation>{name} es el nombre interno del modelo para «Ninguna de mis frutas».</translation>
    </message>
    <message>
        <source>Pick “Not one of my fruits” instead.</source>
        <translation>Elige «Ninguna de mis frutas» en su lugar.</translation>
    </message>
    <message>
        <source>{path} is not in this teaching set.</source>
        <translation>{path} no está en este conjunto de enseñanza.</translation>
    </message>
    <message>
        <source>unexpected error: {error} (details are in the log)</source>
        <extracomment>A sentence that already ends here needs no &quot;. &quot; or &quot;; &quot; before the next step (the CJK marks included).</extracomment>
        <translation>error inesperado: {error} (los detalles están en el registro)</translation>
    </message>
    <message>
        <source>Teach a model trained in this app, or the bundled one.</source>
        <extracomment>The share of the short side a random crop keeps (smallest, largest). Share of augmented replay images pasted onto crops of the user&apos;s photos. What to do with a model whose head cannot be taught.</extracomment>
        <translation>Enseña a un modelo entrenado en esta aplicación o al incluido con ella.</translation>
    </message>
    <message>
        <source>This model cannot be taught: it has no final Dense layer named “predictions”.</source>
        <translation>No se puede enseñar a este modelo: no tiene una capa Dense final llamada «predictions».</translation>
    </message>
    <message>
        <source>This model cannot be taught: its “predictions” layer is not a softmax over a feature vector.</source>
        <translation>No se puede enseñar a este modelo: su capa «predictions» no es un softmax sobre un vector de características.</translation>
    </message>
    <message>
        <source>Looking at your photos: {done} of {total} views</source>
        <translation>Analizando tus fotos: {done} de {total} vistas</translation>
    </message>
    <message>
        <source>The replay folder {folder} does not exist.</source>
        <extracomment>Layouts whose class folders sit one level down (a Fruits-360 download).</extracomment>
        <translation>La carpeta de repaso {folder} no existe.</translation>
    </message>
    <message>
        <source>Pass a folder with one sub-folder of training images per class.</source>
        <translation>Indica una carpeta con una subcarpeta de imágenes de entrenamiento por clase.</translation>
    </message>
    <message>
        <source>{name} cannot be taught: it has no replay data (it was imported, so the app does not know its training images).</source>
        <translation>No se puede enseñar a {name}: no tiene datos de repaso (se importó, así que la aplicación no conoce sus imágenes de entrenamiento).</translation>
    </message>
    <message>
        <source>Pass --replay DIR, a folder with one sub-folder of its training images per class.</source>
        <translation>Indica --replay DIR, una carpeta con una subcarpeta de sus imágenes de entrenamiento por clase.</translation>
    </message>
    <message>
        <source>Keeping your photos with the new model…</source>
        <extracomment>A class needs this many photos before some are held back for the before/after score. Teaching photos kept (small) beside the taught model so teaching it again still replays them.</extracomment>
        <translation>Guardando tus fotos con el nuevo modelo…</translation>
    </message>
    <message>
        <source>Saving the new model and converting it for quick answers…</source>
        <translation>Guardando el nuevo modelo y convirtiéndolo para respuestas rápidas…</translation>
    </message>
    <message>
        <source>Teaching with Keras on PyTorch: {device}.</source>
        <translation>Enseñando con Keras sobre PyTorch: {device}.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>Give a folder with one sub-folder of photos per class.</source>
        <translation>Indica una carpeta con una subcarpeta de fotos por clase.</translation>
    </message>
    <message>
        <source>{folder} holds no photos in class folders.</source>
        <translation>{folder} no contiene fotos en carpetas de clase.</translation>
    </message>
    <message>
        <source>Put each class&apos;s photos in its own sub-folder, named after the class.</source>
        <translation>Pon las fotos de cada clase en su propia subcarpeta, con el nombre de la clase.</translation>
    </message>
    <message>
        <source>The class folder {folder} has no readable photo.</source>
        <translation>La carpeta de clase {folder} no tiene ninguna foto legible.</translation>
    </message>
    <message>
        <source>Add .jpg or .png photos to it, or remove the folder.</source>
        <translation>Añádele fotos .jpg o .png, o quita la carpeta.</translation>
    </message>
    <message>
        <source>{name} cannot be taught: it has {outputs} outputs but {classes} class names.</source>
        <translation>No se puede enseñar a {name}: tiene {outputs} salidas, pero {classes} nombres de clase.</translation>
    </message>
    <message>
        <source>Re-import it with its class names.</source>
        <translation>Vuelve a importarlo con sus nombres de clase.</translation>
    </message>
    <message>
        <source>weights: file not found: {path}</source>
        <extracomment>In an experiment config, ``weights = &quot;@previous&quot;`` starts a run from the previous run&apos;s trained model (a fine-tuning stage); ExperimentConfig resolves it to a weights file just before that run. Keras backends a run can train on (core/training/backend.py): &quot;auto&quot; is PyTorch where it sees a GPU (Apple&apos;s MPS, or CUDA) and TensorFlow does not, TensorFlow otherwise. Input size each architecture uses when the user does not choose one.</extracomment>
        <translation>weights: no se encontró el archivo: {path}</translation>
    </message>
    <message>
        <source>image_size: must be at least 16 pixels</source>
        <translation>image_size: debe ser de al menos 16 píxeles</translation>
    </message>
    <message>
        <source>image_size: {arch} needs at least {minimum} pixels</source>
        <translation>image_size: {arch} necesita al menos {minimum} píxeles</translation>
    </message>
    <message>
        <source>{field}: must be one of {choices}, not {value!r}</source>
        <translation>{field}: debe ser uno de estos valores: {choices}, no {value!r}</translation>
    </message>
    <message>
        <source>{field}: must be at least {min}, not {value}</source>
        <translation>{field}: debe ser al menos {min}, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be at most {max}, not {value}</source>
        <translation>{field}: debe ser como máximo {max}, no {value}</translation>
    </message>
    <message>
        <source>{name}: range must lie in [{lowest}, {highest}] with low &lt;= high, not ({low}, {high})</source>
        <extracomment>Optional second test folder of realistic (not Fruits-360-style) images. Tuning&apos;s search samplers: TPE (Bayesian, Optuna&apos;s default), a Gaussian process, plain random search.</extracomment>
        <translation>{name}: el rango debe estar dentro de [{lowest}, {highest}] con mínimo &lt;= máximo, no ({low}, {high})</translation>
    </message>
    <message>
        <source>{name}: a log-scale range must start above 0</source>
        <translation>{name}: un rango en escala logarítmica debe empezar por encima de 0</translation>
    </message>
    <message>
        <source>study: give the study a name</source>
        <translation>study: ponle un nombre al estudio</translation>
    </message>
    <message>
        <source>fine_tune_layers: range must lie in [0, {limit}] for {arch} with low &lt;= high, not ({low}, {high})</source>
        <translation>fine_tune_layers: para {arch}, el rango debe estar dentro de [0, {limit}] con mínimo &lt;= máximo, no ({low}, {high})</translation>
    </message>
    <message>
        <source>not an HDF5 model file (it may be damaged or another format)</source>
        <extracomment>Layers whose arrival means preprocessing is over (no scaling layer seen before them). Per layer class: config keys Keras 3 refuses that older Keras wrote with a harmless value. Per layer class: config keys tf.keras 2 wrote as one-element lists where Keras 3 wants the element.</extracomment>
        <translation>no es un archivo de modelo HDF5 (puede estar dañado o tener otro formato)</translation>
    </message>
    <message>
        <source>its model configuration is not valid JSON</source>
        <translation>su configuración del modelo no es un JSON válido</translation>
    </message>
    <message>
        <source>the labels file holds no list of names: use a JSON list or one name per line</source>
        <translation>el archivo de etiquetas no contiene una lista de nombres: usa una lista JSON o un nombre por línea</translation>
    </message>
    <message>
        <source>saved_model.pb is damaged (not a SavedModel graph)</source>
        <extracomment>String operations whose names merely mention files (the saver builds shard names with them). Refused by name. Refused when the (lower-case) name contains one of these: files, readers and writers, summaries and events, Python, RPC and data service, input pipelines (they read and cache files), debugging hooks (they write to URLs), and cross-device or cross-machine traffic. Other names TensorFlow reads a SavedModel&apos;s graph from (text, chunked); an export writes saved_model.pb only.</extracomment>
        <translation>saved_model.pb está dañado (no es un grafo de SavedModel)</translation>
    </message>
    <message>
        <source>is a folder, not a .keras model file (SavedModel folders are not supported)</source>
        <translation>es una carpeta, no un archivo de modelo .keras (las carpetas SavedModel no son compatibles)</translation>
    </message>
    <message>
        <source>is a legacy HDF5 model; open it in Keras and re-save it with model.save(&apos;name.keras&apos;)</source>
        <translation>es un modelo HDF5 antiguo; ábrelo en Keras y vuelve a guardarlo con model.save(&apos;name.keras&apos;)</translation>
    </message>
    <message>
        <source>is a TensorFlow Lite model: it answers photos, but cannot be fine-tuned, explained or exported again (import the Keras model for that)</source>
        <translation>es un modelo de TensorFlow Lite: responde a fotos, pero no admite ajuste fino, explicaciones ni una nueva exportación (para eso, importa el modelo Keras)</translation>
    </message>
    <message>
        <source>not a Keras model file (expected a file ending in .keras)</source>
        <translation>no es un archivo de modelo Keras (se esperaba un archivo terminado en .keras)</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be renamed</source>
        <extracomment>Why a model cannot be changed, per action: whole sentences, so each translates as one.</extracomment>
        <translation>{name!r} es un modelo incluido y no se le puede cambiar el nombre</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be deleted</source>
        <translation>{name!r} es un modelo incluido y no se puede eliminar</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be changed</source>
        <translation>{name!r} es un modelo incluido y no se puede cambiar</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be renamed here</source>
        <translation>{path} no está en la carpeta de modelos de la aplicación, así que aquí no se le puede cambiar el nombre</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be deleted here</source>
        <translation>{path} no está en la carpeta de modelos de la aplicación, así que aquí no se puede eliminar</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be changed here</source>
        <translation>{path} no está en la carpeta de modelos de la aplicación, así que aquí no se puede cambiar</translation>
    </message>
    <message>
        <source>import or train a copy if you want one you can change</source>
        <translation>importa o entrena una copia si quieres uno que puedas cambiar</translation>
    </message>
    <message>
        <source>import it first</source>
        <translation>impórtalo primero</translation>
    </message>
    <message>
        <source>The new name is empty: type a name for the model</source>
        <translation>El nuevo nombre está vacío: escribe un nombre para el modelo</translation>
    </message>
    <message>
        <source>A model called {name!r} already exists: choose another name</source>
        <translation>Ya existe un modelo llamado {name!r}: elige otro nombre</translation>
    </message>
    <message>
        <source>Could not rename {name!r}: {reason}</source>
        <translation>No se pudo cambiar el nombre de {name!r}: {reason}</translation>
    </message>
    <message>
        <source>Could not delete {name!r}: {reason}</source>
        <translation>No se pudo eliminar {name!r}: {reason}</translation>
    </message>
    <message>
        <source>A model folder called {name!r} exists again, so the deleted one stays in the trash; put it back from there by hand under another name</source>
        <translation>Vuelve a existir una carpeta de modelo llamada {name!r}, así que la eliminada se queda en la papelera; recupérala desde allí a mano con otro nombre</translation>
    </message>
    <message>
        <source>Could not bring the model back from {path}: {reason}</source>
        <translation>No se pudo recuperar el modelo de {path}: {reason}</translation>
    </message>
    <message>
        <source>put it back from the desktop&apos;s trash by hand</source>
        <translation>recupéralo a mano desde la papelera del escritorio</translation>
    </message>
    <message>
        <source>Could not update {name!r}: {reason}</source>
        <translation>No se pudo actualizar {name!r}: {reason}</translation>
    </message>
    <message>
        <source>No model name given</source>
        <translation>No se indicó ningún nombre de modelo</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>There is no trash for {path} ({reason}), so it cannot be moved there</source>
        <translation>No hay papelera para {path} ({reason}), así que no se puede mover allí</translation>
    </message>
    <message>
        <source>delete it for good instead (it cannot be brought back)</source>
        <translation>en su lugar, elimínalo definitivamente (no se podrá recuperar)</translation>
    </message>
    <message>
        <source>Could not move {path} to the trash: {reason}</source>
        <translation>No se pudo mover {path} a la papelera: {reason}</translation>
    </message>
    <message>
        <source>Could not keep a copy of {path} for Undo: {reason}</source>
        <translation>No se pudo guardar una copia de {path} para Deshacer: {reason}</translation>
    </message>
    <message>
        <source>check the free space and permissions of the app&apos;s data folder</source>
        <translation>comprueba el espacio libre y los permisos de la carpeta de datos de la aplicación</translation>
    </message>
    <message>
        <source>Skipped {name}: {reason}</source>
        <translation>Se omitió {name}: {reason}</translation>
    </message>
    <message>
        <source>Backbone features for {what}: {done:,} of {total:,} images</source>
        <extracomment>The pooling layer every transfer builder (models/layers.transfer_model) ends its backbone with.</extracomment>
        <translation>Características de la red base de las {what}: {done:,} de {total:,}</translation>
    </message>
    <message>
        <source>Frozen backbone: computing its features once, then training only the head.</source>
        <translation>Red base congelada: se calculan sus características una sola vez y luego se entrena solo la cabeza.</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>imágenes de validación</translation>
    </message>
    <message>
        <source>run {run!r} already finished all {epochs} epochs; give more epochs (--epochs N) to continue it</source>
        <translation>el entrenamiento {run!r} ya completó sus {epochs} épocas; indica más épocas (--epochs N) para continuarlo</translation>
    </message>
    <message>
        <source>run {run!r} finished and its checkpoint was removed to save space</source>
        <translation>el entrenamiento {run!r} terminó y su punto de control se eliminó para ahorrar espacio</translation>
    </message>
    <message>
        <source>start a new run with its settings: --config {path}</source>
        <translation>empieza un nuevo entrenamiento con sus ajustes: --config {path}</translation>
    </message>
    <message>
        <source>no training settings given</source>
        <translation>no se indicaron ajustes de entrenamiento</translation>
    </message>
    <message>
        <source>invalid settings: {problems}</source>
        <translation>ajustes no válidos: {problems}</translation>
    </message>
    <message>
        <source>Reading {count:,} images of {classes} classes…</source>
        <translation>Leyendo {count:,} imágenes de {classes} clases…</translation>
    </message>
    <message>
        <source>training was cancelled before it started</source>
        <translation>el entrenamiento se canceló antes de empezar</translation>
    </message>
    <message>
        <source>Training in {precision} mixed precision (weights stay float32).</source>
        <translation>Entrenando con precisión mixta {precision} (los pesos siguen en float32).</translation>
    </message>
    <message>
        <source>Training with Keras on PyTorch: {device}.</source>
        <translation>Entrenando con Keras sobre PyTorch: {device}.</translation>
    </message>
    <message>
        <source>none of the images in the class folders could be read (e.g. {name}: {reason}); check that they hold photos</source>
        <translation>no se pudo leer ninguna de las imágenes de las carpetas de clase (p. ej., {name}: {reason}); comprueba que contengan fotos</translation>
    </message>
    <message>
        <source>too few readable training images; check the data folder</source>
        <translation>demasiado pocas imágenes de entrenamiento legibles; revisa la carpeta de datos</translation>
    </message>
    <message>
        <source>no data folder given; choose a folder with one sub-folder per class</source>
        <translation>no se indicó ninguna carpeta de datos; elige una carpeta con una subcarpeta por clase</translation>
    </message>
    <message>
        <source>training needs at least two classes, each in its own sub-folder</source>
        <translation>el entrenamiento necesita al menos dos clases, cada una en su propia subcarpeta</translation>
    </message>
    <message>
        <source>Stopped; keeping the best completed epoch.</source>
        <translation>Detenido; se conserva la mejor época completada.</translation>
    </message>
    <message>
        <source>Test folder not evaluated: {reason}</source>
        <translation>Carpeta de prueba no evaluada: {reason}</translation>
    </message>
</context>
</TS>
