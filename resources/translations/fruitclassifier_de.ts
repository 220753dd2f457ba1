<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Fruit photos: &lt;b&gt;Fruits-360&lt;/b&gt; by Horea Mureșan and Mihai Oltean, licensed CC BY-SA 4.0 (github.com/fruits-360).</source>
        <translation>Fruchtfotos: &lt;b&gt;Fruits-360&lt;/b&gt; von Horea Mureșan und Mihai Oltean, lizenziert unter CC BY-SA 4.0 (github.com/fruits-360).</translation>
    </message>
    <message>
        <source>Background photos used for augmentation: CC0, public domain or CC BY, credited in their folder&apos;s README.</source>
        <translation>Hintergrundfotos für die Datenaugmentation: CC0, gemeinfrei oder CC BY, genannt in der README ihres Ordners.</translation>
    </message>
    <message>
        <source>Built with TensorFlow, Keras, Qt for Python (PySide6), pyqtgraph, Pillow and NumPy.</source>
        <translation>Erstellt mit TensorFlow, Keras, Qt for Python (PySide6), pyqtgraph, Pillow und NumPy.</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <source>Computes on</source>
        <translation>Rechnet auf</translation>
    </message>
    <message>
        <source>not known until TensorFlow has loaded</source>
        <translation>unbekannt, bis TensorFlow geladen ist</translation>
    </message>
    <message>
        <source>About FruitClassifier</source>
        <translation>Über FruitClassifier</translation>
    </message>
    <message>
        <source>Classify fruit photos by drag-and-drop; train and compare your own networks.</source>
        <translation>Erkenne Obstfotos per Drag-and-drop; trainiere und vergleiche deine eigenen Netze.</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>Says {answer} (closest: {closest}).</source>
        <translation>Antwort: {answer} (am ähnlichsten: {closest}).</translation>
    </message>
    <message>
        <source>Says {answer}.</source>
        <translation>Antwort: {answer}.</translation>
    </message>
    <message>
        <source>The warm colours show where it looked.</source>
        <translation>Die warmen Farben zeigen, wohin es geschaut hat.</translation>
    </message>
</context>
<context>
    <name>ArchSettings</name>
    <message>
        <source>What to train</source>
        <translation>Was trainiert wird</translation>
    </message>
    <message>
        <source>Checked networks train one after another, in this order. Their settings:</source>
        <translation>Angehakte Netze werden nacheinander in dieser Reihenfolge trainiert. Ihre Einstellungen:</translation>
    </message>
    <message>
        <source>{network} — pretrained on ImageNet, or from scratch</source>
        <translation>{network} — auf ImageNet vortrainiert oder von Grund auf</translation>
    </message>
    <message>
        <source>{network} — small and fast, trained from scratch</source>
        <translation>{network} — klein und schnell, von Grund auf trainiert</translation>
    </message>
    <message>
        <source>Check at least one network to train.</source>
        <translation>Hake mindestens ein Netz zum Trainieren an.</translation>
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
        <translation>Eigenes CNN</translation>
    </message>
    <message>
        <source>Compact CNN</source>
        <translation>Kompaktes CNN</translation>
    </message>
    <message>
        <source>Custom CNN (Fruits-360 style)</source>
        <translation>Eigenes CNN (im Stil von Fruits-360)</translation>
    </message>
    <message>
        <source>Compact CNN (BatchNorm, for real photos)</source>
        <translation>Kompaktes CNN (BatchNorm, für echte Fotos)</translation>
    </message>
    <message>
        <source>EfficientNet-Lite0 (pretrained, fast)</source>
        <translation>EfficientNet-Lite0 (vortrainiert, schnell)</translation>
    </message>
</context>
<context>
    <name>BestModelRow</name>
    <message>
        <source>Open Best in Classify</source>
        <translation>Bestes in „Erkennen“ öffnen</translation>
    </message>
    <message>
        <source>The best trial&apos;s model is kept in the library; the others are deleted</source>
        <translation>Das Modell des besten Versuchs bleibt in der Bibliothek; die anderen werden gelöscht</translation>
    </message>
    <message>
        <source>Open Best in Compare</source>
        <translation>Bestes in „Vergleichen“ öffnen</translation>
    </message>
    <message>
        <source>Tick the best trial&apos;s model in Compare (with the study&apos;s test folder, if any), to measure it against other models</source>
        <translation>Hakt das Modell des besten Versuchs in „Vergleichen“ an (mit dem Testordner der Studie, falls vorhanden), um es mit anderen Modellen zu messen</translation>
    </message>
    <message>
        <source>The best model “{name}” cannot be opened here: {reason} (a study shared with another machine keeps it in the library of the machine that trained it).</source>
        <translation>Das beste Modell „{name}“ kann hier nicht geöffnet werden: {reason} (eine mit einem anderen Rechner geteilte Studie bewahrt es in der Bibliothek des Rechners auf, der es trainiert hat).</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Every camera this computer reports, or a video file played as a camera</source>
        <translation>Jede Kamera, die dieser Rechner meldet, oder eine Videodatei, die als Kamera abgespielt wird</translation>
    </message>
    <message>
        <source>front</source>
        <translation>vorne</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>hinten</translation>
    </message>
    <message>
        <source>{camera} ({position})</source>
        <translation>{camera} ({position})</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Videodatei…</translation>
    </message>
    <message>
        <source>{name} (video)</source>
        <translation>{name} (Video)</translation>
    </message>
</context>
<context>
    <name>ClassBars</name>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>ClassifyJobs</name>
    <message>
        <source>Looking for images…</source>
        <translation>Bilder werden gesucht…</translation>
    </message>
    <message>
        <source>Loading the model “{name}”…</source>
        <translation>Modell „{name}“ wird geladen…</translation>
    </message>
    <message>
        <source>Classified {done} of {total}</source>
        <translation>{done} von {total} erkannt</translation>
    </message>
</context>
<context>
    <name>ClassifyPage</name>
    <message>
        <source>There is no model to classify with yet: train one on the Train page, or import a .keras file on the Models page.</source>
        <translation>Es gibt noch kein Modell zum Erkennen: Trainiere eines auf der Seite „Trainieren“ oder importiere eine .keras-Datei auf der Seite „Modelle“.</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>Bilder öffnen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>Alle Ergebnisse aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Not one of mine:</source>
        <translation>Keine von meinen:</translation>
    </message>
    <message>
        <source>Pasted picture {number}</source>
        <translation>Eingefügtes Bild {number}</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files: copy a photo or a file first.</source>
        <translation>Die Zwischenablage enthält weder ein Bild noch Bilddateien: Kopiere zuerst ein Foto oder eine Datei.</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <source>Open Folder of Images</source>
        <translation>Ordner mit Bildern öffnen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Classification stopped: {reason}</source>
        <translation>Erkennen gestoppt: {reason}</translation>
    </message>
    <message>
        <source>There are no results to export yet: drop some photos first.</source>
        <translation>Es gibt noch keine Ergebnisse zum Exportieren: Zieh zuerst ein paar Fotos hierher.</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Wähle einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Quit FruitClassifier</source>
        <translation>FruitClassifier beenden</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Train on several machines</source>
        <translation>Auf mehreren Rechnern trainieren</translation>
    </message>
    <message>
        <source>e.g. {example} (HOST or HOST:PORT)</source>
        <translation>z. B. {example} (HOST oder HOST:PORT)</translation>
    </message>
    <message>
        <source>Start as Chief</source>
        <translation>Als Chief starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>This machine&apos;s address (the chief):</source>
        <translation>Adresse dieses Rechners (des Chiefs):</translation>
    </message>
    <message>
        <source>Port (open it on every machine):</source>
        <translation>Port (auf jedem Rechner freigeben):</translation>
    </message>
    <message>
        <source>The other machines:</source>
        <translation>Die anderen Rechner:</translation>
    </message>
    <message>
        <source>Run on each other machine (same data folder, same app version):</source>
        <translation>Auf jedem anderen Rechner ausführen (gleicher Datenordner, gleiche App-Version):</translation>
    </message>
    <message>
        <source># on {host}</source>
        <translation># auf {host}</translation>
    </message>
    <message>
        <source>(name the other machines above)</source>
        <translation>(nenne oben die anderen Rechner)</translation>
    </message>
    <message>
        <source>{host} can only be reached from this machine: type this machine&apos;s network address above, so the others can dial it.</source>
        <translation>{host} ist nur von diesem Rechner aus erreichbar: Gib oben die Netzwerkadresse dieses Rechners ein, damit die anderen ihn erreichen können.</translation>
    </message>
    <message>
        <source>Start the chief here, then the commands above on the other machines.</source>
        <translation>Starte hier den Chief, dann die Befehle oben auf den anderen Rechnern.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the other %n worker(s) to join: start the commands above on them…</source>
        <translation>
            <numerusform>Warte auf %n weiteren Worker: Starte die Befehle oben auf ihm…</numerusform>
            <numerusform>Warte auf %n weitere Worker: Starte die Befehle oben auf ihnen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stoppt nach dem aktuellen Batch…</translation>
    </message>
    <message>
        <source>All {count} workers joined; training.</source>
        <translation>Alle {count} Worker sind beigetreten; Training läuft.</translation>
    </message>
    <message>
        <source>Done: saved as {name}.</source>
        <translation>Fertig: gespeichert als {name}.</translation>
    </message>
    <message>
        <source>The chief ended with status {code}; its log is below.</source>
        <translation>Der Chief wurde mit Status {code} beendet; sein Log steht unten.</translation>
    </message>
</context>
<context>
    <name>CompareJobs</name>
    <message>
        <source>Listing the test images…</source>
        <translation>Testbilder werden aufgelistet…</translation>
    </message>
    <message>
        <source>Evaluating {model} ({number} of {count}): {done} of {total} images</source>
        <translation>{model} wird ausgewertet ({number} von {count}): {done} von {total} Bildern</translation>
    </message>
    <message>
        <source>Loading {model} ({number} of {count})…</source>
        <translation>{model} wird geladen ({number} von {count})…</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>{model} wird gefragt…</translation>
    </message>
    <message>
        <source>Grad-CAM follows…</source>
        <translation>Grad-CAM folgt…</translation>
    </message>
    <message>
        <source>Grad-CAM for {model}…</source>
        <translation>Grad-CAM für {model}…</translation>
    </message>
    <message>
        <source>No Grad-CAM for this model ({error})</source>
        <translation>Kein Grad-CAM für dieses Modell ({error})</translation>
    </message>
    <message>
        <source>Grad-CAM is flat: at this input size the model&apos;s last feature map is too coarse to show where it looked.</source>
        <translation>Grad-CAM ist flach: Bei dieser Eingabegröße ist die letzte Feature-Map des Modells zu grob, um zu zeigen, wohin es geschaut hat.</translation>
    </message>
    <message>
        <source>Drawing the report figures…</source>
        <translation>Die Abbildungen für den Bericht werden gezeichnet…</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Tick two or more models on the left, choose a test folder they were not trained on, and press Compare. You will see which model is more accurate, faster and smaller, whether either overfits, where each goes wrong, and where each one looks in a photo. Results are remembered, so the same comparison opens instantly next time.</source>
        <translation>Hake links zwei oder mehr Modelle an, wähle einen Testordner, mit dem sie nicht trainiert wurden, und klicke auf „Vergleichen“. Du siehst, welches Modell genauer, schneller und kleiner ist, ob eines überangepasst ist, wo jedes danebenliegt und wohin jedes auf einem Foto schaut. Die Ergebnisse werden gespeichert, sodass derselbe Vergleich beim nächsten Mal sofort erscheint.</translation>
    </message>
    <message>
        <source>Press Compare to evaluate the ticked models on this folder.</source>
        <translation>Klicke auf „Vergleichen“, um die angehakten Modelle mit diesem Ordner auszuwerten.</translation>
    </message>
    <message>
        <source>Click a cell to see its images.</source>
        <translation>Klicke auf eine Zelle, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>Matrizen</translation>
    </message>
    <message>
        <source>Per-Class F1</source>
        <translation>F1 pro Klasse</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Uneinigkeiten</translation>
    </message>
    <message>
        <source>Try a Photo</source>
        <translation>Foto ausprobieren</translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation>Modelle nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Tick at least two models to compare</source>
        <translation>Hake mindestens zwei Modelle zum Vergleichen an</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stoppt nach dem aktuellen Batch…</translation>
    </message>
    <message>
        <source>Comparison cancelled; models evaluated before the stop are cached for next time.</source>
        <translation>Vergleich abgebrochen; die vor dem Stopp ausgewerteten Modelle sind für das nächste Mal zwischengespeichert.</translation>
    </message>
    <message>
        <source>Could not compare: {reason}</source>
        <translation>Vergleich nicht möglich: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{model}: %n image(s) of {true} recognised correctly</source>
        <translation>
            <numerusform>{model}: %n Bild von {true} richtig erkannt</numerusform>
            <numerusform>{model}: %n Bilder von {true} richtig erkannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{model}: %n image(s) of {true} taken for {predicted}</source>
        <translation>
            <numerusform>{model}: %n Bild von {true} für {predicted} gehalten</numerusform>
            <numerusform>{model}: %n Bilder von {true} für {predicted} gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one model first.</source>
        <translation>Hake zuerst mindestens ein Modell an.</translation>
    </message>
    <message>
        <source>Save the Report in…</source>
        <translation>Bericht speichern in…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Report written to {folder} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</source>
        <translation>Bericht gespeichert in {folder} — &lt;a href=&apos;{url}&apos;&gt;Ordner öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Could not write the report: {reason}</source>
        <translation>Der Bericht konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>{count} test images in {folder}.</source>
        <translation>{count} Testbilder in {folder}.</translation>
    </message>
    <message>
        <source>All results from the cache (same model files, same images).</source>
        <translation>Alle Ergebnisse aus dem Zwischenspeicher (gleiche Modelldateien, gleiche Bilder).</translation>
    </message>
    <message>
        <source>Cached: {models}.</source>
        <translation>Zwischengespeichert: {models}.</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Folder of class folders</source>
        <translation>Ordner mit Klassenordnern</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Write report.md, metrics.json and the figures (as `compare --report DIR`)</source>
        <translation>Schreibt report.md, metrics.json und die Abbildungen (wie `compare --report DIR`)</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Zu vergleichende Modelle</translation>
    </message>
    <message>
        <source>Test folder</source>
        <translation>Testordner</translation>
    </message>
    <message>
        <source>Choose a Test Folder</source>
        <translation>Testordner wählen</translation>
    </message>
    <message>
        <source>The test split of {model}&apos;s data set.</source>
        <translation>Der Testteil des Datensatzes von {model}.</translation>
    </message>
    <message>
        <source>Choose a folder of class folders that the models were not trained on.</source>
        <translation>Wähle einen Ordner mit Klassenordnern, mit dem die Modelle nicht trainiert wurden.</translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Test folder</source>
        <translation>Testordner</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Freeze backbone</source>
        <translation>Basisnetz einfrieren</translation>
    </message>
    <message>
        <source>Fine-tune layers</source>
        <translation>Schichten feinabstimmen</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2-Regularisierung</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Frühes Stoppen</translation>
    </message>
    <message>
        <source>Reduce LR after</source>
        <translation>Lernrate senken nach</translation>
    </message>
    <message>
        <source>Class weights</source>
        <translation>Klassengewichte</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Mixed precision</source>
        <translation>Gemischte Präzision</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Learn “not one of mine”</source>
        <translation>„Keine von meinen“ lernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>Datenaugmentation</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Blur / noise</source>
        <translation>Unschärfe / Rauschen</translation>
    </message>
    <message>
        <source>Backgrounds folder</source>
        <translation>Hintergrundordner</translation>
    </message>
    <message>
        <source>Background probability</source>
        <translation>Hintergrund-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Ausgangsbasis</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Epochs per trial</source>
        <translation>Epochen pro Versuch</translation>
    </message>
    <message>
        <source>Augment strength</source>
        <translation>Augmentationsstärke</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>Pruner</source>
        <translation>Pruner</translation>
    </message>
    <message>
        <source>auto</source>
        <extracomment>Choices that are words rather than names (architectures, TensorFlow, PyTorch and &quot;tpe&quot; stay as they are).</extracomment>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>ImageNet</source>
        <extracomment>VGG16/ResNet50 download ImageNet weights once; EfficientNet-Lite0&apos;s ship with the app (see the tooltip).</extracomment>
        <translation>ImageNet</translation>
    </message>
    <message>
        <source>None (from scratch)</source>
        <translation>Keine (von Grund auf)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>What an empty editor shows, taken from its help&apos;s &quot;(0: …)&quot; or &quot;(empty: …)&quot; (config_form._hint).</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>the Test/ beside the data, if any</source>
        <translation>der Test/-Ordner neben den Daten, falls vorhanden</translation>
    </message>
    <message>
        <source>a journal file in the app&apos;s data folder</source>
        <translation>eine Journal-Datei im Datenordner der App</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>Confusion matrix: {title}</source>
        <translation>Konfusionsmatrix: {title}</translation>
    </message>
    <message numerus="yes">
        <source>{right} of {total} images on the diagonal (right), %n classes; click a cell to see its images</source>
        <translation>
            <numerusform>{right} von {total} Bildern auf der Diagonale (richtig), %n Klasse; klicke auf eine Zelle, um ihre Bilder zu sehen</numerusform>
            <numerusform>{right} von {total} Bildern auf der Diagonale (richtig), %n Klassen; klicke auf eine Zelle, um ihre Bilder zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <source>true class</source>
        <translation>tatsächliche Klasse</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} recognised correctly ({share} of {true})</source>
        <translation>
            <numerusform>%n Bild von {true} richtig erkannt ({share} von {true})</numerusform>
            <numerusform>%n Bilder von {true} richtig erkannt ({share} von {true})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} taken for {predicted} ({share} of {true})</source>
        <translation>
            <numerusform>%n Bild von {true} für {predicted} gehalten ({share} von {true})</numerusform>
            <numerusform>%n Bilder von {true} für {predicted} gehalten ({share} von {true})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} recognised correctly</source>
        <translation>
            <numerusform>%n Bild von {true} richtig erkannt</numerusform>
            <numerusform>%n Bilder von {true} richtig erkannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} taken for {predicted}</source>
        <translation>
            <numerusform>%n Bild von {true} für {predicted} gehalten</numerusform>
            <numerusform>%n Bilder von {true} für {predicted} gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them</source>
        <translation>Klicke, um sie zu sehen</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>{model} — accuracy {accuracy}</source>
        <translation>{model} — Genauigkeit {accuracy}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Something went wrong that the app did not expect (%n error(s) so far): {error}

You can go on working; if something looks wrong, save your work and restart. To report it, copy the details below (and attach the log file: {log}).</source>
        <translation>
            <numerusform>Etwas Unerwartetes ist schiefgegangen (bisher %n Fehler): {error}

Du kannst weiterarbeiten; wenn etwas nicht stimmt, sichere deine Arbeit und starte die App neu. Um den Fehler zu melden, kopiere die Details unten (und hänge die Logdatei an: {log}).</numerusform>
            <numerusform>Etwas Unerwartetes ist schiefgegangen (bisher %n Fehler): {error}

Du kannst weiterarbeiten; wenn etwas nicht stimmt, sichere deine Arbeit und starte die App neu. Um den Fehler zu melden, kopiere die Details unten (und hänge die Logdatei an: {log}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurvesOverlay</name>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>No training history is stored for these models</source>
        <translation>Für diese Modelle ist kein Trainingsverlauf gespeichert</translation>
    </message>
    <message>
        <source>Training: solid lines, filled dots · validation: dashed lines, open dots</source>
        <translation>Training: durchgezogene Linien, gefüllte Punkte · Validierung: gestrichelte Linien, offene Punkte</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
</context>
<context>
    <name>CurvesPlot</name>
    <message>
        <source>Loss</source>
        <extracomment>(key, title, series, legend offset): the legend sits where its curves usually are not.</extracomment>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>No training history stored for this model</source>
        <translation>Für dieses Modell ist kein Trainingsverlauf gespeichert</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message numerus="yes">
        <source>%Ln files were not opened to look for damaged ones; any that cannot be read are skipped during training.</source>
        <translation>
            <numerusform>%Ln Datei wurde nicht auf Beschädigung geprüft; ist sie unlesbar, wird sie beim Training übersprungen.</numerusform>
            <numerusform>%Ln Dateien wurden nicht auf Beschädigungen geprüft; unlesbare werden beim Training übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the files in {folder} could be read as images (e.g. {file}: {reason}): choose a folder of photos.</source>
        <translation>Keine der Dateien in {folder} konnte als Bild gelesen werden (z. B. {file}: {reason}): Wähle einen Ordner mit Fotos.</translation>
    </message>
    <message>
        <source>None of the files in {folder} could be read as images: choose a folder of photos.</source>
        <translation>Keine der Dateien in {folder} konnte als Bild gelesen werden: Wähle einen Ordner mit Fotos.</translation>
    </message>
    <message>
        <source>Only one class ({name}) has readable images: training needs at least two class folders with photos.</source>
        <translation>Nur eine Klasse ({name}) hat lesbare Bilder: Das Training braucht mindestens zwei Klassenordner mit Fotos.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of photos per class</source>
        <translation>Ein Ordner mit je einem Unterordner voller Fotos pro Klasse</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Validation split:</source>
        <translation>Validierungsanteil:</translation>
    </message>
    <message>
        <source>Test folder:</source>
        <translation>Testordner:</translation>
    </message>
    <message>
        <source>Choose the training data folder</source>
        <translation>Datenordner für das Training wählen</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird durchsucht…</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Noch kein Ordner gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable files (skipped):</source>
        <translation>Unlesbare Dateien (übersprungen):</translation>
    </message>
    <message>
        <source>automatic: {folder}/</source>
        <translation>automatisch: {folder}/</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <source>≈ %Ln images for validation</source>
        <translation>
            <numerusform>≈ %Ln Bild zur Validierung</numerusform>
            <numerusform>≈ %Ln Bilder zur Validierung</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning the data folder…</source>
        <translation>Datenordner wird durchsucht…</translation>
    </message>
    <message>
        <source>Choose a data folder first.</source>
        <translation>Wähle zuerst einen Datenordner.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; images</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bild</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; classes</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Klasse</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>{images} in {classes}</source>
        <translation>{images} in {classes}</translation>
    </message>
    <message>
        <source>{width}×{height} px</source>
        <translation>{width}×{height} px</translation>
    </message>
    <message>
        <source>training on {train}/, testing on {test}/</source>
        <translation>Training mit {train}/, Test mit {test}/</translation>
    </message>
    <message>
        <source>&lt;i&gt;checking files…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dateien werden geprüft…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Computing Grad-CAM…</source>
        <translation>Grad-CAM wird berechnet…</translation>
    </message>
    <message>
        <source>Loading TensorFlow for Grad-CAM (only the first heat map waits for it, a few seconds to half a minute)…</source>
        <extracomment>The first heat map waits for TensorFlow to load (seconds; answers never do): say so, not just &quot;Computing&quot;.</extracomment>
        <translation>TensorFlow wird für Grad-CAM geladen (nur die erste Heatmap wartet darauf, einige Sekunden bis eine halbe Minute)…</translation>
    </message>
    <message>
        <source>No Grad-CAM: {reason}</source>
        <translation>Kein Grad-CAM: {reason}</translation>
    </message>
</context>
<context>
    <name>DisagreementGallery</name>
    <message>
        <source>Images any model gets wrong or the models disagree on</source>
        <extracomment>(key, what the filter box says: translated in the DisagreementGallery context)</extracomment>
        <translation>Bilder, bei denen ein Modell falschliegt oder die Modelle uneinig sind</translation>
    </message>
    <message>
        <source>Images the models disagree on</source>
        <translation>Bilder, bei denen die Modelle uneinig sind</translation>
    </message>
    <message>
        <source>Images every model gets wrong</source>
        <translation>Bilder, bei denen alle Modelle falschliegen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>None of the {total} test images: the models agree and are right.</source>
        <translation>Keines der {total} Testbilder: Die Modelle sind sich einig und liegen richtig.</translation>
    </message>
    <message>
        <source>{count} of {total} test images (showing the first {shown}); double-click one to see where each model looked</source>
        <translation>{count} von {total} Testbildern (die ersten {shown} werden gezeigt); doppelklicke auf eines, um zu sehen, wohin jedes Modell geschaut hat</translation>
    </message>
    <message>
        <source>{count} of {total} test images; double-click one to see where each model looked</source>
        <translation>{count} von {total} Testbildern; doppelklicke auf eines, um zu sehen, wohin jedes Modell geschaut hat</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop fruit photos here — or press Ctrl+O</source>
        <translation>Zieh Obstfotos hierher — oder drücke Strg+O</translation>
    </message>
    <message>
        <source>Whole folders work too, and so does pasting a picture with Ctrl+V.</source>
        <translation>Ganze Ordner gehen auch, ebenso das Einfügen eines Bildes mit Strg+V.</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <extracomment>The image files the open dialogs offer (what core/data/images decodes).</extracomment>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Photos: drop photos or folders here to classify them</source>
        <translation>Fotos: Zieh Fotos oder Ordner hierher, um sie zu erkennen</translation>
    </message>
</context>
<context>
    <name>F1Bars</name>
    <message>
        <source>F1 per class (1.0 = every image of the class found, nothing else taken for it)</source>
        <translation>F1 pro Klasse (1,0 = jedes Bild der Klasse gefunden, nichts anderes dafür gehalten)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Compare models to see how well each one does on every class</source>
        <translation>Vergleiche Modelle, um zu sehen, wie gut jedes bei jeder Klasse ist</translation>
    </message>
</context>
<context>
    <name>Fruit</name>
    <message>
        <source>Red apple (10)</source>
        <translation>Roter Apfel (10)</translation>
    </message>
    <message>
        <source>Red apple (11)</source>
        <translation>Roter Apfel (11)</translation>
    </message>
    <message>
        <source>Red apple (12)</source>
        <translation>Roter Apfel (12)</translation>
    </message>
    <message>
        <source>Golden apple</source>
        <translation>Golden-Apfel</translation>
    </message>
    <message>
        <source>Granny Smith apple</source>
        <translation>Granny-Smith-Apfel</translation>
    </message>
    <message>
        <source>Pink Lady apple</source>
        <translation>Pink-Lady-Apfel</translation>
    </message>
    <message>
        <source>Red Delicious apple</source>
        <translation>Red-Delicious-Apfel</translation>
    </message>
    <message>
        <source>Royal Gala apple</source>
        <translation>Royal-Gala-Apfel</translation>
    </message>
    <message>
        <source>Asparagus</source>
        <translation>Spargel</translation>
    </message>
    <message>
        <source>Aubergine</source>
        <translation>Aubergine</translation>
    </message>
    <message>
        <source>Banana</source>
        <translation>Banane</translation>
    </message>
    <message>
        <source>Beef tomato</source>
        <translation>Fleischtomate</translation>
    </message>
    <message>
        <source>Brown cap mushroom</source>
        <translation>Brauner Champignon</translation>
    </message>
    <message>
        <source>Cabbage</source>
        <translation>Kohl</translation>
    </message>
    <message>
        <source>Cantaloupe</source>
        <translation>Cantaloupe-Melone</translation>
    </message>
    <message>
        <source>Carrot</source>
        <translation>Karotte</translation>
    </message>
    <message>
        <source>Cucumber</source>
        <translation>Gurke</translation>
    </message>
    <message>
        <source>Floury potato</source>
        <translation>Mehlige Kartoffel</translation>
    </message>
    <message>
        <source>Galia melon</source>
        <translation>Galiamelone</translation>
    </message>
    <message>
        <source>Garlic</source>
        <translation>Knoblauch</translation>
    </message>
    <message>
        <source>Ginger</source>
        <translation>Ingwer</translation>
    </message>
    <message>
        <source>White grape</source>
        <translation>Weiße Traube</translation>
    </message>
    <message>
        <source>Green bell pepper</source>
        <translation>Grüne Paprika</translation>
    </message>
    <message>
        <source>Honeydew melon</source>
        <translation>Honigmelone</translation>
    </message>
    <message>
        <source>Kiwi</source>
        <translation>Kiwi</translation>
    </message>
    <message>
        <source>Leek</source>
        <translation>Lauch</translation>
    </message>
    <message>
        <source>Lemon</source>
        <translation>Zitrone</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Limette</translation>
    </message>
    <message>
        <source>Mango</source>
        <translation>Mango</translation>
    </message>
    <message>
        <source>Nectarine</source>
        <translation>Nektarine</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Orange bell pepper</source>
        <translation>Orange Paprika</translation>
    </message>
    <message>
        <source>Papaya</source>
        <translation>Papaya</translation>
    </message>
    <message>
        <source>Peach</source>
        <translation>Pfirsich</translation>
    </message>
    <message>
        <source>Pineapple</source>
        <translation>Ananas</translation>
    </message>
    <message>
        <source>Beetroot</source>
        <translation>Rote Bete</translation>
    </message>
    <message>
        <source>Red bell pepper</source>
        <translation>Rote Paprika</translation>
    </message>
    <message>
        <source>Red grapefruit</source>
        <translation>Rote Grapefruit</translation>
    </message>
    <message>
        <source>Satsuma</source>
        <translation>Satsuma</translation>
    </message>
    <message>
        <source>Waxy potato</source>
        <translation>Festkochende Kartoffel</translation>
    </message>
    <message>
        <source>Strawberry</source>
        <translation>Erdbeere</translation>
    </message>
    <message>
        <source>Sweet potato</source>
        <translation>Süßkartoffel</translation>
    </message>
    <message>
        <source>Tomato</source>
        <translation>Tomate</translation>
    </message>
    <message>
        <source>Vine tomato</source>
        <translation>Strauchtomate</translation>
    </message>
    <message>
        <source>Watermelon</source>
        <translation>Wassermelone</translation>
    </message>
    <message>
        <source>Yellow bell pepper</source>
        <translation>Gelbe Paprika</translation>
    </message>
    <message>
        <source>Yellow onion</source>
        <translation>Gelbe Zwiebel</translation>
    </message>
    <message>
        <source>Zucchini</source>
        <translation>Zucchini</translation>
    </message>
    <message>
        <source>Not one of my fruits</source>
        <translation>Keine meiner Früchte</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>true: {name}</source>
        <translation>tatsächlich: {name}</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>True class: {name}</source>
        <translation>Tatsächliche Klasse: {name}</translation>
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
        <translation>Ausgewähltes Foto</translation>
    </message>
</context>
<context>
    <name>ImportModelDialog</name>
    <message>
        <source>As the file says (Teachable Machine export, a scaling layer inside, uint8 quantisation)</source>
        <translation>Wie in der Datei angegeben (Teachable-Machine-Export, eine Skalierungsschicht im Modell, uint8-Quantisierung)</translation>
    </message>
    <message>
        <source>How the model&apos;s author fed it pixels; a wrong choice gives confident, wrong answers</source>
        <translation>Wie der Autor des Modells ihm die Pixel gegeben hat; eine falsche Wahl ergibt selbstsichere, falsche Antworten</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>As the file says: {classes}</source>
        <translation>Wie in der Datei angegeben: {classes}</translation>
    </message>
    <message>
        <source>From a file (labels.txt: &apos;0 Lemon&apos; or one name a line; or a .json list)</source>
        <translation>Aus einer Datei (labels.txt: „0 Lemon“ oder ein Name pro Zeile; oder eine .json-Liste)</translation>
    </message>
    <message>
        <source>Typed, separated by commas</source>
        <translation>Eingetippt, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>apple, banana, kiwi</source>
        <translation>Apfel, Banane, Kiwi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was exported by this app from “{model}”: it carries its class names, its pixel scaling and its “not one of my fruits” answer.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; wurde von dieser App aus „{model}“ exportiert: Die Datei enthält ihre Klassennamen, ihre Pixelskalierung und ihre Antwort „Keine meiner Früchte“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order (found {labels} beside it: {classes}):</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; wurde außerhalb dieser App erstellt. Gib die Klassennamen in der Reihenfolge der Ausgaben an ({labels} daneben gefunden: {classes}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order (found {labels} beside it):</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; wurde außerhalb dieser App erstellt. Gib die Klassennamen in der Reihenfolge der Ausgaben an ({labels} daneben gefunden):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order:</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; wurde außerhalb dieser App erstellt. Gib die Klassennamen in der Reihenfolge der Ausgaben an:</translation>
    </message>
    <message>
        <source>Pixels scaled to:</source>
        <translation>Pixel skaliert auf:</translation>
    </message>
    <message>
        <source>Name in the library:</source>
        <translation>Name in der Bibliothek:</translation>
    </message>
    <message>
        <source>Class Names File</source>
        <translation>Datei mit Klassennamen</translation>
    </message>
    <message>
        <source>Class names ({patterns})</source>
        <translation>Klassennamen ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
</context>
<context>
    <name>ImportanceBars</name>
    <message>
        <source>Which settings mattered</source>
        <translation>Welche Einstellungen wichtig waren</translation>
    </message>
    <message>
        <source>Shown once {count} trials have finished with different settings</source>
        <translation>Wird angezeigt, sobald {count} Versuche mit unterschiedlichen Einstellungen abgeschlossen sind</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>FruitClassifier speaks {language} from its next start.</source>
        <translation>FruitClassifier spricht ab dem nächsten Start {language}.</translation>
    </message>
    <message>
        <source>Restarting now closes the window as Quit does: photos in Classify are not kept, a running training is asked about first.</source>
        <translation>Ein Neustart schließt das Fenster wie „Beenden“: Fotos in „Erkennen“ bleiben nicht erhalten, bei einem laufenden Training wirst du vorher gefragt.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>LiveBars</name>
    <message>
        <source>Hold a fruit up to the camera</source>
        <translation>Halte eine Frucht vor die Kamera</translation>
    </message>
    <message>
        <source>Not sure — maybe {label}</source>
        <translation>Nicht sicher — vielleicht {label}</translation>
    </message>
</context>
<context>
    <name>LiveCamera</name>
    <message>
        <source>No camera found.</source>
        <translation>Keine Kamera gefunden.</translation>
    </message>
    <message>
        <source>Plug one in, or open a video file instead.</source>
        <translation>Schließ eine an oder öffne stattdessen eine Videodatei.</translation>
    </message>
    <message>
        <source>This app may not use the camera.</source>
        <translation>Diese App darf die Kamera nicht verwenden.</translation>
    </message>
    <message>
        <source>Allow it in the system settings (macOS: Privacy &amp; Security › Camera), then open the live view again.</source>
        <translation>Erlaube es in den Systemeinstellungen (macOS: Datenschutz &amp; Sicherheit › Kamera) und öffne dann die Live-Kamera erneut.</translation>
    </message>
    <message>
        <source>{camera} could not start ({reason}).</source>
        <translation>{camera} konnte nicht starten ({reason}).</translation>
    </message>
    <message>
        <source>{camera} could not start.</source>
        <translation>{camera} konnte nicht starten.</translation>
    </message>
    <message>
        <source>Close other apps that use the camera, then pick it again.</source>
        <translation>Schließe andere Apps, die die Kamera verwenden, und wähle sie dann erneut.</translation>
    </message>
    <message>
        <source>{camera} was disconnected.</source>
        <translation>{camera} wurde getrennt.</translation>
    </message>
    <message>
        <source>Plug it back in, then pick it again.</source>
        <translation>Schließ sie wieder an und wähle sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>training, per batch</source>
        <extracomment>series name → (legend text or None, colour, pen style, width, symbol)</extracomment>
        <translation>Training, pro Batch</translation>
    </message>
    <message>
        <source>training, epoch mean</source>
        <translation>Training, Mittel pro Epoche</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>training, smoothed</source>
        <extracomment>what the hover readout calls each series, and how far (in epochs) a point may be from the mouse</extracomment>
        <translation>Training, geglättet</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>epoch {x}</source>
        <translation>Epoche {x}</translation>
    </message>
    <message>
        <source>{series}: {value}  (at {x})</source>
        <translation>{series}: {value}  (bei {x})</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Schnappschuss</translation>
    </message>
    <message>
        <source>Add this picture to the results list (for This is… and Grad-CAM)</source>
        <translation>Dieses Bild zur Ergebnisliste hinzufügen (für „Das ist…“ und Grad-CAM)</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>class, or a new name</source>
        <translation>Klasse oder neuer Name</translation>
    </message>
    <message>
        <source>Hold to record</source>
        <translation>Halten zum Aufnehmen</translation>
    </message>
    <message>
        <source>While held, saves {rate} photos a second into the class, for Teach</source>
        <translation>Speichert, solange gedrückt, {rate} Fotos pro Sekunde in die Klasse, zum Beibringen</translation>
    </message>
    <message>
        <source>Cameras are unavailable here ({reason}). Open a video file instead.</source>
        <translation>Kameras sind hier nicht verfügbar ({reason}). Öffne stattdessen eine Videodatei.</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>{name} wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n photo(s) of “{name}” for teaching. Press Teach to teach the model.</source>
        <translation>
            <numerusform>%n Foto von „{name}“ zum Beibringen gespeichert. Klicke auf „Beibringen“, um es dem Modell beizubringen.</numerusform>
            <numerusform>%n Fotos von „{name}“ zum Beibringen gespeichert. Klicke auf „Beibringen“, um sie dem Modell beizubringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n gespeichert</numerusform>
            <numerusform>%n gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Videos ({patterns})</translation>
    </message>
    <message>
        <source>Teach:</source>
        <translation>Beibringen:</translation>
    </message>
    <message>
        <source>The video has ended. Pick a camera or open another video.</source>
        <translation>Das Video ist zu Ende. Wähle eine Kamera oder öffne ein anderes Video.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Nimmt auf…</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <source>Live Camera — FruitClassifier</source>
        <translation>Live-Kamera — FruitClassifier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete / Backspace</source>
        <translation>Entf / Rücktaste</translation>
    </message>
    <message>
        <source>Remove the selected results (Classify)</source>
        <translation>Ausgewählte Ergebnisse entfernen (Erkennen)</translation>
    </message>
    <message>
        <source>Rename the selected model (Models)</source>
        <translation>Ausgewähltes Modell umbenennen (Modelle)</translation>
    </message>
    <message>
        <source>Double-click a model</source>
        <translation>Doppelklick auf ein Modell</translation>
    </message>
    <message>
        <source>Open it in Classify</source>
        <translation>In „Erkennen“ öffnen</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Tune</source>
        <translation>Optimieren</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>Bilder öffnen…</translation>
    </message>
    <message>
        <source>Classify photos from files</source>
        <translation>Fotos aus Dateien erkennen</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Classify every photo in a folder and its sub-folders</source>
        <translation>Alle Fotos in einem Ordner und seinen Unterordnern erkennen</translation>
    </message>
    <message>
        <source>Live Camera…</source>
        <translation>Live-Kamera…</translation>
    </message>
    <message>
        <source>Hold a fruit up to a camera, or play a video as one: snapshot, record samples to teach</source>
        <translation>Halte eine Frucht vor eine Kamera oder spiele ein Video als Kamera ab: Schnappschüsse, Beispiele zum Beibringen aufnehmen</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Import Model…</source>
        <translation>Modell importieren…</translation>
    </message>
    <message>
        <source>Add a .keras model to the library</source>
        <translation>Ein .keras-Modell zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Export Results as CSV…</source>
        <translation>Ergebnisse als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the Classify results as a spreadsheet</source>
        <translation>Die Ergebnisse von „Erkennen“ als Tabelle speichern</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About FruitClassifier</source>
        <translation>Über FruitClassifier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Das letzte Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Copy Results</source>
        <translation>Ergebnisse kopieren</translation>
    </message>
    <message>
        <source>Copy the selected Classify results as text (all of them when none is selected)</source>
        <translation>Die ausgewählten Ergebnisse von „Erkennen“ als Text kopieren (alle, wenn keines ausgewählt ist)</translation>
    </message>
    <message>
        <source>Paste Images</source>
        <translation>Bilder einfügen</translation>
    </message>
    <message>
        <source>Classify a copied picture or copied image files</source>
        <translation>Ein kopiertes Bild oder kopierte Bilddateien erkennen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Select every result</source>
        <translation>Alle Ergebnisse auswählen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the selected results (Classify) or delete the model (Models)</source>
        <translation>Ausgewählte Ergebnisse entfernen (Erkennen) oder das Modell löschen (Modelle)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis kopiert</numerusform>
            <numerusform>%n Ergebnisse kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no results to copy</source>
        <translation>Es gibt keine Ergebnisse zum Kopieren</translation>
    </message>
    <message>
        <source>Copy Results copies the Classify view&apos;s results</source>
        <translation>„Ergebnisse kopieren“ kopiert die Ergebnisse der Seite „Erkennen“</translation>
    </message>
    <message>
        <source>Moved to the trash: Edit › Undo brings it back</source>
        <translation>In den Papierkorb verschoben: Bearbeiten › Rückgängig holt es zurück</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>As the Desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Answers: {runtime} · CPU</source>
        <translation>Antworten: {runtime} · CPU</translation>
    </message>
    <message>
        <source>Photos are answered without TensorFlow; it loads when training, Grad-CAM or export first needs it</source>
        <translation>Fotos werden ohne TensorFlow beantwortet; es wird geladen, sobald Training, Grad-CAM oder Export es zum ersten Mal brauchen</translation>
    </message>
    <message>
        <source>Bring the model just deleted back from the trash</source>
        <translation>Das gerade gelöschte Modell aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>Training runs on: {device}; photos are answered by LiteRT on the CPU</source>
        <translation>Training läuft auf: {device}; Fotos beantwortet LiteRT auf der CPU</translation>
    </message>
    <message>
        <source>TensorFlow unavailable</source>
        <translation>TensorFlow nicht verfügbar</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>Hintergrundarbeiten werden beendet…</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Overfitting: try more data, augmentation, dropout or fewer epochs</source>
        <extracomment>Row order (the CLI table&apos;s columns, the name being the column header here).</extracomment>
        <translation>Überanpassung: Probiere mehr Daten, Datenaugmentation, Dropout oder weniger Epochen</translation>
    </message>
    <message>
        <source>Fails on validation from the start (not overfitting): check the data split, preprocessing or BatchNorm</source>
        <translation>Scheitert von Anfang an bei der Validierung (keine Überanpassung): Prüfe die Datenaufteilung, die Vorverarbeitung oder BatchNorm</translation>
    </message>
    <message>
        <source>The network architecture</source>
        <translation>Die Architektur des Netzes</translation>
    </message>
    <message>
        <source>Share of the test images answered correctly (higher is better)</source>
        <translation>Anteil der richtig beantworteten Testbilder (höher ist besser)</translation>
    </message>
    <message>
        <source>F1 averaged over the classes, so a model that ignores a small class scores low (higher is better)</source>
        <translation>F1 gemittelt über die Klassen, sodass ein Modell, das eine kleine Klasse ignoriert, schlecht abschneidet (höher ist besser)</translation>
    </message>
    <message>
        <source>Cross-entropy on this folder: mean −log(probability given to the right class) over every image (lower is better)</source>
        <translation>Kreuzentropie auf diesem Ordner: Mittel von −log(Wahrscheinlichkeit der richtigen Klasse) über alle Bilder (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Number of weights in the network (fewer is lighter)</source>
        <translation>Anzahl der Gewichte im Netz (weniger ist leichter)</translation>
    </message>
    <message>
        <source>Size of the model file (smaller is better)</source>
        <translation>Größe der Modelldatei (kleiner ist besser)</translation>
    </message>
    <message>
        <source>Time to classify one test image on this computer, decoding included (lower is faster)</source>
        <translation>Zeit, um ein Testbild auf diesem Rechner zu erkennen, Dekodieren inbegriffen (niedriger ist schneller)</translation>
    </message>
    <message>
        <source>How long training took</source>
        <translation>Wie lange das Training gedauert hat</translation>
    </message>
    <message>
        <source>Passes over the training data</source>
        <translation>Durchgänge durch die Trainingsdaten</translation>
    </message>
    <message>
        <source>Best validation accuracy seen during training (higher is better)</source>
        <translation>Beste Validierungsgenauigkeit während des Trainings (höher ist besser)</translation>
    </message>
    <message>
        <source>Best validation accuracy minus accuracy on this folder. Red above {limit}: the model learned its training photos and does not carry over to these (overfitting)</source>
        <translation>Beste Validierungsgenauigkeit minus Genauigkeit auf diesem Ordner. Rot über {limit}: Das Modell hat seine Trainingsfotos gelernt und überträgt das nicht auf diese (Überanpassung)</translation>
    </message>
    <message>
        <source>Training minus validation accuracy in the last epoch. Red above {limit} when the model overfits (validation loss rising) or fails on validation from the start</source>
        <translation>Trainings- minus Validierungsgenauigkeit in der letzten Epoche. Rot über {limit}, wenn das Modell überangepasst ist (Validierungsverlust steigt) oder von Anfang an bei der Validierung scheitert</translation>
    </message>
    <message>
        <source>{model}: {metric} {value}</source>
        <translation>{model}: {metric} {value}</translation>
    </message>
    <message>
        <source>Best of the {count} models</source>
        <translation>Bestes der {count} Modelle</translation>
    </message>
</context>
<context>
    <name>ModelAnswers</name>
    <message>
        <source>Drop a fruit photo here to see every model&apos;s answer and where it looked</source>
        <translation>Zieh ein Obstfoto hierher, um die Antwort jedes Modells zu sehen und wohin es geschaut hat</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>Foto wählen…</translation>
    </message>
    <message>
        <source>Drop a photo on this tab, or choose one; double-click a thumbnail in the other tabs to bring it here.</source>
        <translation>Zieh ein Foto auf diesen Tab oder wähle eines; doppelklicke in den anderen Tabs auf ein Vorschaubild, um es hierher zu holen.</translation>
    </message>
    <message>
        <source>Each model gives its top three answers and a Grad-CAM heat map.</source>
        <translation>Jedes Modell gibt seine drei besten Antworten und eine Grad-CAM-Heatmap.</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Foto wählen</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Bundled with the app (read-only)</source>
        <translation>Mit der App geliefert (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Dein eigenes</translation>
    </message>
    <message>
        <source>Imported {format} ({file}), pixels scaled {scaling} ({scaling_from})</source>
        <translation>Importiert als {format} ({file}), Pixel skaliert: {scaling} ({scaling_from})</translation>
    </message>
    <message>
        <source>{folder} (on the computer that built this model)</source>
        <translation>{folder} (auf dem Rechner, der dieses Modell erstellt hat)</translation>
    </message>
    <message>
        <source>{folder} (not on this computer)</source>
        <translation>{folder} (nicht auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>{size}×{size} px</source>
        <translation>{size}×{size} px</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Epochs trained</source>
        <translation>Trainierte Epochen</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trainiert mit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Cannot be opened:</source>
        <translation>Kann nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Class names ({count})</source>
        <translation>Klassennamen ({count})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Select a model to see what it knows and how it was trained.</source>
        <translation>Wähle ein Modell, um zu sehen, was es kennt und wie es trainiert wurde.</translation>
    </message>
    <message>
        <source>Accuracy on held-out real photos</source>
        <translation>Genauigkeit bei zurückgehaltenen echten Fotos</translation>
    </message>
    <message>
        <source>Held-out real photos</source>
        <translation>Zurückgehaltene echte Fotos</translation>
    </message>
    <message>
        <source>Same, exact variety</source>
        <translation>Dasselbe, genaue Sorte</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <source>Own fruit called “not one of mine”</source>
        <translation>Eigene Früchte als „keine von meinen“ abgelehnt</translation>
    </message>
    <message>
        <source>Packaged goods refused</source>
        <translation>Verpackte Waren abgelehnt</translation>
    </message>
    <message>
        <source>Fruit-free photos refused</source>
        <translation>Fotos ohne Früchte abgelehnt</translation>
    </message>
    <message>
        <source>Unseen fruit refused</source>
        <translation>Unbekannte Früchte abgelehnt</translation>
    </message>
    <message>
        <source>AUROC known vs unseen fruit</source>
        <translation>AUROC bekannte gegen unbekannte Früchte</translation>
    </message>
    <message>
        <source>Largest share of wrong answers one label takes</source>
        <translation>Größter Anteil falscher Antworten auf einer Bezeichnung</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Training–validation gap</source>
        <translation>Abstand Training–Validierung</translation>
    </message>
    <message>
        <source>Accuracy on generated scenes</source>
        <translation>Genauigkeit bei erzeugten Szenen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <source>Backbone frozen</source>
        <translation>Basisnetz eingefroren</translation>
    </message>
    <message>
        <source>Fine-tuned layers</source>
        <translation>Feinabgestimmte Schichten</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2-Regularisierung</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>No model yet: train one or import a .keras file</source>
        <translation>Noch kein Modell: Trainiere eines oder importiere eine .keras-Datei</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Bundled models come with the app and are read-only: import or train a copy to change one.</source>
        <translation>Mitgelieferte Modelle kommen mit der App und sind schreibgeschützt: Importiere oder trainiere eine Kopie, um eines zu ändern.</translation>
    </message>
    <message>
        <source>This folder cannot be opened: {problem} You can delete it or show it in its folder.</source>
        <translation>Dieser Ordner kann nicht geöffnet werden: {problem} Du kannst ihn löschen oder in seinem Ordner anzeigen.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
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
        <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigenes</translation>
    </message>
</context>
<context>
    <name>ModelTableModel</name>
    <message numerus="yes">
        <source>%n classes + not one of mine</source>
        <translation>
            <numerusform>%n Klasse + Keine von meinen</numerusform>
            <numerusform>%n Klassen + Keine von meinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelWords</name>
    <message>
        <source>{percent} on Fruits-360 Test</source>
        <translation>{percent} im Fruits-360-Test</translation>
    </message>
    <message>
        <source>{percent} on test set</source>
        <translation>{percent} im Testdatensatz</translation>
    </message>
    <message>
        <source>{percent} on validation</source>
        <translation>{percent} bei der Validierung</translation>
    </message>
    <message>
        <source>{percent} on held-out real shop photos</source>
        <translation>{percent} bei zurückgehaltenen echten Ladenfotos</translation>
    </message>
    <message>
        <source>{percent} on real photos</source>
        <translation>{percent} bei echten Fotos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{names}, … ({count} more)</source>
        <translation>{names}, … ({count} weitere)</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>mit der App geliefert</translation>
    </message>
    <message>
        <source>your model</source>
        <translation>dein Modell</translation>
    </message>
    <message>
        <source>Architecture: {arch}; input {size}×{size} px</source>
        <translation>Architektur: {arch}; Eingabe {size}×{size} px</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}</source>
        <translation>Genauigkeit: {accuracy}</translation>
    </message>
    <message>
        <source>Accuracy: not measured</source>
        <translation>Genauigkeit: nicht gemessen</translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation>Erstellt: {date}</translation>
    </message>
    <message>
        <source>Classes ({count}): {names}</source>
        <translation>Klassen ({count}): {names}</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Ordner: {path}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Import Model…</source>
        <translation>Modell importieren…</translation>
    </message>
    <message>
        <source>Add a model made elsewhere to the library: a .keras, .h5 or .tflite file, or a SavedModel folder (its saved_model.pb)</source>
        <translation>Ein anderswo erstelltes Modell zur Bibliothek hinzufügen: eine .keras-, .h5- oder .tflite-Datei oder einen SavedModel-Ordner (seine saved_model.pb)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Give the selected model a new name</source>
        <translation>Dem ausgewählten Modell einen neuen Namen geben</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Move the selected model to the trash (asks first; Edit › Undo brings it back)</source>
        <translation>Das ausgewählte Modell in den Papierkorb verschieben (mit Rückfrage; Bearbeiten › Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the model&apos;s folder</source>
        <translation>Den Ordner des Modells öffnen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the selected model in a format other tools can run</source>
        <translation>Das ausgewählte Modell in einem Format speichern, das andere Programme ausführen können</translation>
    </message>
    <message>
        <source>As TensorFlow SavedModel…</source>
        <translation>Als TensorFlow SavedModel…</translation>
    </message>
    <message>
        <source>As TFLite (for phones)…</source>
        <translation>Als TFLite (für Smartphones)…</translation>
    </message>
    <message>
        <source>Open in Classify</source>
        <translation>In „Erkennen“ öffnen</translation>
    </message>
    <message>
        <source>Classify photos with the selected model</source>
        <translation>Fotos mit dem ausgewählten Modell erkennen</translation>
    </message>
    <message>
        <source>Delete the selected model from the library</source>
        <translation>Das ausgewählte Modell aus der Bibliothek löschen</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>„{old}“ in „{new}“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete Model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Move “{name}” and its files to the trash? Edit › Undo brings it back.</source>
        <translation>„{name}“ und seine Dateien in den Papierkorb verschieben? Bearbeiten › Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Undo Delete “{name}”</source>
        <translation>Löschen von „{name}“ rückgängig machen</translation>
    </message>
    <message>
        <source>Deleted “{name}” (moved to the trash: Edit › Undo brings it back).</source>
        <translation>„{name}“ gelöscht (in den Papierkorb verschoben: Bearbeiten › Rückgängig holt es zurück).</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>{reason}.

Delete “{name}” for good? It cannot be brought back.</source>
        <translation>{reason}.

„{name}“ endgültig löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“{name}” is back in the library.</source>
        <translation>„{name}“ ist wieder in der Bibliothek.</translation>
    </message>
    <message>
        <source>Could not open a file manager; the model is in {folder}</source>
        <translation>Es konnte kein Dateimanager geöffnet werden; das Modell liegt in {folder}</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>Models ({patterns})</source>
        <translation>Modelle ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Imported “{name}” ({classes}).</source>
        <translation>„{name}“ importiert ({classes}).</translation>
    </message>
    <message>
        <source>Export SavedModel Into Folder</source>
        <translation>SavedModel in Ordner exportieren</translation>
    </message>
    <message>
        <source>Export TFLite Model</source>
        <translation>TFLite-Modell exportieren</translation>
    </message>
    <message>
        <source>TFLite models ({patterns})</source>
        <translation>TFLite-Modelle ({patterns})</translation>
    </message>
    <message>
        <source>Exporting “{name}” as {format}…</source>
        <translation>„{name}“ wird als {format} exportiert…</translation>
    </message>
    <message>
        <source>Exported “{name}” as {format} to {path}. It gives the same answers as the original on {count} sample photos (largest difference {difference}).</source>
        <translation>„{name}“ als {format} nach {path} exportiert. Es gibt auf {count} Beispielfotos dieselben Antworten wie das Original (größte Abweichung {difference}).</translation>
    </message>
    <message>
        <source>{task} (waiting for TensorFlow to load)</source>
        <translation>{task} (wartet, bis TensorFlow geladen ist)</translation>
    </message>
</context>
<context>
    <name>PathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
</context>
<context>
    <name>ProbBars</name>
    <message>
        <source>Top answers</source>
        <translation>Beste Antworten</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>{help}: the lowest value tried (equal ends fix it)</source>
        <translation>{help}: der kleinste getestete Wert (gleiche Grenzen legen ihn fest)</translation>
    </message>
    <message>
        <source>{help}: the highest value tried (equal ends fix it)</source>
        <translation>{help}: der größte getestete Wert (gleiche Grenzen legen ihn fest)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Classify it again</source>
        <translation>Erneut erkennen</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modell: {name}</translation>
    </message>
    <message>
        <source>Classify with this model</source>
        <translation>Mit diesem Modell erkennen</translation>
    </message>
    <message>
        <source>No Recent Items</source>
        <translation>Keine zuletzt geöffneten Einträge</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>“{name}” is no longer in the library</source>
        <translation>„{name}“ ist nicht mehr in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>RefusalPicker</name>
    <message>
        <source>Rarely</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Readily</source>
        <translation>Bereitwillig</translation>
    </message>
    <message>
        <source>own fruit refused {percent}</source>
        <extracomment>(metadata key, how the tooltip words its figure) for each level&apos;s measured refusals.</extracomment>
        <translation>eigene Früchte abgelehnt: {percent}</translation>
    </message>
    <message>
        <source>unknown fruit refused {percent}</source>
        <translation>unbekannte Früchte abgelehnt: {percent}</translation>
    </message>
    <message>
        <source>packaged goods refused {percent}</source>
        <translation>verpackte Waren abgelehnt: {percent}</translation>
    </message>
    <message>
        <source>How readily to answer “Not one of my fruits” for a photo the model is unsure shows one of its fruits.</source>
        <translation>Wie bereitwillig das Modell „Keine meiner Früchte“ antwortet, wenn es unsicher ist, ob ein Foto eine seiner Früchte zeigt.</translation>
    </message>
    <message>
        <source>This model has one threshold: the setting does not apply to it.</source>
        <translation>Dieses Modell hat nur eine Schwelle: Die Einstellung gilt hier nicht.</translation>
    </message>
    <message>
        <source>{level}: {figures}</source>
        <translation>{level}: {figures}</translation>
    </message>
    <message>
        <source>measured threshold</source>
        <translation>gemessene Schwelle</translation>
    </message>
    <message>
        <source>{level} (the model&apos;s default)</source>
        <translation>{level} (Standard des Modells)</translation>
    </message>
    <message>
        <source>Figures: real shop photos held out from training.</source>
        <translation>Zahlen: echte Ladenfotos, die vom Training zurückgehalten wurden.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>Not sure</source>
        <extracomment>The badge on a result row for each state that needs one.</extracomment>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Not one of mine</source>
        <translation>Keine von meinen</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <extracomment>The narrowest row that still shows a name, its bars and &quot;100,0 %&quot;: Classify&apos;s list keeps at least this width (longer languages widen the panes beside it); rows take the view&apos;s width (no sideways scrolling).</extracomment>
        <translation>Nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Wird erkannt…</translation>
    </message>
</context>
<context>
    <name>ResultDetail</name>
    <message>
        <source>Show where the model looked (Grad-CAM)</source>
        <translation>Worauf das Modell achtete (Grad-CAM)</translation>
    </message>
    <message>
        <source>Colours the parts of the picture that pushed the model towards its answer (red: strong, blue: weak). Shown on the square crop the model sees.</source>
        <translation>Färbt die Bildteile, die das Modell zu seiner Antwort geführt haben (rot: stark, blau: schwach). Gezeigt auf dem quadratischen Ausschnitt, den das Modell sieht.</translation>
    </message>
    <message>
        <source>No photo selected</source>
        <translation>Kein Foto ausgewählt</translation>
    </message>
    <message>
        <source>Select a result to see it larger, with its top three answers.</source>
        <translation>Wähle ein Ergebnis aus, um es größer und mit seinen drei besten Antworten zu sehen.</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>Nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>{name} — classifying…</source>
        <translation>{name} — wird erkannt…</translation>
    </message>
    <message>
        <source>{unknown} (closest: {label})</source>
        <translation>{unknown} (am ähnlichsten: {label})</translation>
    </message>
    <message>
        <source>Not sure — maybe {label}</source>
        <translation>Nicht sicher — vielleicht {label}</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <source>pasted picture</source>
        <translation>eingefügtes Bild</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>The model is getting better at its training images than at images it has not seen. Try augmentation, more dropout or L2, early stopping, or more training photos. The best epoch (by validation accuracy) is what gets saved.</source>
        <translation>Das Modell wird bei seinen Trainingsbildern besser als bei Bildern, die es nicht kennt. Probiere Datenaugmentation, mehr Dropout oder L2, frühes Stoppen oder mehr Trainingsfotos. Gespeichert wird die beste Epoche (nach Validierungsgenauigkeit).</translation>
    </message>
    <message>
        <source>More regularisation will not help here: check that the validation images look like the training images, the preprocessing, and models with BatchNorm trained for very few epochs.</source>
        <translation>Mehr Regularisierung hilft hier nicht: Prüfe, ob die Validierungsbilder wie die Trainingsbilder aussehen, die Vorverarbeitung und Modelle mit BatchNorm, die nur sehr wenige Epochen trainiert wurden.</translation>
    </message>
    <message>
        <source>Overfitting?</source>
        <extracomment>badge text and tooltip advice per diagnose_fit kind (translated in the RunMonitor context); other kinds: no badge</extracomment>
        <translation>Überanpassung?</translation>
    </message>
    <message>
        <source>Fails on validation?</source>
        <translation>Scheitert bei der Validierung?</translation>
    </message>
    <message>
        <source>Nothing is training.</source>
        <translation>Es wird nichts trainiert.</translation>
    </message>
    <message>
        <source>Messages from training appear here.</source>
        <translation>Meldungen vom Training erscheinen hier.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>{outcome} after {duration}</source>
        <translation>{outcome} nach {duration}</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Gerät: {device}</translation>
    </message>
    <message>
        <source>Where this training runs: the device and the Keras backend (TensorFlow or PyTorch)</source>
        <translation>Wo dieses Training läuft: das Gerät und das Keras-Backend (TensorFlow oder PyTorch)</translation>
    </message>
    <message>
        <source>Training {network} on {images} images ({validation} for validation), {batches} batches per epoch, on {device}.</source>
        <translation>Trainiere {network} mit {images} Bildern ({validation} zur Validierung), {batches} Batches pro Epoche, auf {device}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}: {scores} ({seconds} s)</source>
        <translation>Epoche {epoch}/{epochs}: {scores} ({seconds} s)</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>Epoche {epoch}/{epochs} · Batch {batch}/{batches}</translation>
    </message>
    <message>
        <source>ETA {duration} · {rate} images/s</source>
        <translation>Noch {duration} · {rate} Bilder/s</translation>
    </message>
</context>
<context>
    <name>ScalingPreview</name>
    <message>
        <source>Preview answers on sample photos</source>
        <extracomment>runner(job, on_done, on_failed): runs ``job()`` in the background, then one of the callbacks on the GUI thread.</extracomment>
        <translation>Antworten auf Beispielfotos ansehen</translation>
    </message>
    <message>
        <source>Runs the model on the bundled sample photos under each scaling</source>
        <translation>Wendet das Modell mit jeder Skalierung auf die mitgelieferten Beispielfotos an</translation>
    </message>
    <message>
        <source>Answering the sample photos…</source>
        <translation>Beispielfotos werden beantwortet…</translation>
    </message>
    <message>
        <source>Pick the column whose answers match the photos (click its header).</source>
        <translation>Wähle die Spalte, deren Antworten zu den Fotos passen (klicke auf ihren Kopf).</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Keine Vorschau: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>SpaceForm</name>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>L2-Regularisierung</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Datenaugmentation</translation>
    </message>
    <message>
        <source>Backbone layers trained</source>
        <translation>Trainierte Schichten des Basisnetzes</translation>
    </message>
    <message>
        <source>Epochs per trial</source>
        <translation>Epochen pro Versuch</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Study name</source>
        <translation>Name der Studie</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>Stop weak trials early</source>
        <translation>Schwache Versuche früh abbrechen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>a journal file in the app&apos;s data folder</source>
        <translation>eine Journal-Datei im Datenordner der App</translation>
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
        <translation>Hier wird kein Versuch trainiert.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>A searched setting as the running text names it (translated in the StudyView context).</extracomment>
        <translation>Lernrate</translation>
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
        <translation>Augmentationsstärke</translation>
    </message>
    <message>
        <source>fine tune layers</source>
        <translation>feinabgestimmte Schichten</translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>Trial states as the summary line counts them (&quot;2 running, 5 complete&quot;).</extracomment>
        <translation>laufend</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>vorzeitig abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (training here): {settings}</source>
        <translation>&lt;b&gt;Versuch {number}&lt;/b&gt; (trainiert hier): {settings}</translation>
    </message>
    <message>
        <source>No study “{study}” in {storage} yet.</source>
        <translation>Noch keine Studie „{study}“ in {storage}.</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{count} {state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{study}&lt;/b&gt;: {count} of {budget} trials ({states}) · storage {storage}</source>
        <translation>&lt;b&gt;{study}&lt;/b&gt;: {count} von {budget} Versuchen ({states}) · Speicherort {storage}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{study}&lt;/b&gt;: {count} trials ({states}) · storage {storage}</source>
        <translation>&lt;b&gt;{study}&lt;/b&gt;: {count} Versuche ({states}) · Speicherort {storage}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;trial {number}&lt;/b&gt;, validation accuracy {accuracy} ({settings})</source>
        <translation>Bester: &lt;b&gt;Versuch {number}&lt;/b&gt;, Validierungsgenauigkeit {accuracy} ({settings})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (another worker on {worker}): validation accuracy per epoch</source>
        <translation>&lt;b&gt;Versuch {number}&lt;/b&gt; (anderer Worker auf {worker}): Validierungsgenauigkeit pro Epoche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (another worker): validation accuracy per epoch</source>
        <translation>&lt;b&gt;Versuch {number}&lt;/b&gt; (anderer Worker): Validierungsgenauigkeit pro Epoche</translation>
    </message>
</context>
<context>
    <name>TeachController</name>
    <message>
        <source>This is…</source>
        <translation>Das ist…</translation>
    </message>
    <message>
        <source>Tell the model what the selected photos really show (copies them into its teaching set)</source>
        <translation>Dem Modell sagen, was die ausgewählten Fotos wirklich zeigen (kopiert sie in seine Lernfotos)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s) as “{name}”.</source>
        <translation>
            <numerusform>%n Foto als „{name}“ hinzugefügt.</numerusform>
            <numerusform>%n Fotos als „{name}“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder} holds no class folders of photos: drop a folder with one sub-folder per class.</source>
        <translation>{folder} enthält keine Klassenordner mit Fotos: Zieh einen Ordner mit je einem Unterordner pro Klasse hierher.</translation>
    </message>
    <message>
        <source>Waiting for TensorFlow to load…</source>
        <translation>Warte, bis TensorFlow geladen ist…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Saved “{name}”; your photos are part of it now. {score}</source>
        <translation>„{name}“ gespeichert; deine Fotos sind jetzt Teil davon. {score}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed:</source>
        <translation>
            <numerusform>%n Antwort geändert:</numerusform>
            <numerusform>%n Antworten geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer in the list changed.</source>
        <translation>Keine Antwort in der Liste hat sich geändert.</translation>
    </message>
</context>
<context>
    <name>TeachPanel</name>
    <message>
        <source>Teach this model your own photos: select results on the left, press “This is…” and pick or type the right class. You can also drop a folder of class folders here.</source>
        <translation>Bring diesem Modell deine eigenen Fotos bei: Wähle links Ergebnisse aus, klicke auf „Das ist…“ und wähle oder tippe die richtige Klasse. Du kannst auch einen Ordner mit Klassenordnern hierher ziehen.</translation>
    </message>
    <message>
        <source>Teaching set</source>
        <translation>Lernfotos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected copies from the teaching set (your photos stay)</source>
        <translation>Die ausgewählten Kopien aus den Lernfotos entfernen (deine Fotos bleiben erhalten)</translation>
    </message>
    <message>
        <source>Teach</source>
        <translation>Beibringen</translation>
    </message>
    <message>
        <source>Save a copy of this model that has learned the teaching set</source>
        <translation>Eine Kopie dieses Modells speichern, die die Lernfotos gelernt hat</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {classes}</source>
        <translation>
            <numerusform>%n Foto: {classes}</numerusform>
            <numerusform>%n Fotos: {classes}</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning: pass {number} of {total}</source>
        <translation>Lernen: Durchgang {number} von {total}</translation>
    </message>
    <message>
        <source>Go back to “{name}”</source>
        <translation>Zurück zu „{name}“</translation>
    </message>
</context>
<context>
    <name>TeachScore</name>
    <message>
        <source>Classes you did not teach: {before} of {held} set-aside images right before, {after} after (too few for a score).</source>
        <extracomment>Fewer held-back photos than this give counts, not a percentage: &quot;0 % → 100 %&quot; of one photo misleads.</extracomment>
        <translation>Nicht beigebrachte Klassen: vorher {before} von {held} zurückgehaltenen Bildern richtig, nachher {after} (zu wenige für eine Quote).</translation>
    </message>
    <message numerus="yes">
        <source>Classes you did not teach: {before} → {after} right (%n set-aside image(s)).</source>
        <translation>
            <numerusform>Nicht beigebrachte Klassen: {before} → {after} richtig (%n zurückgehaltenes Bild).</numerusform>
            <numerusform>Nicht beigebrachte Klassen: {before} → {after} richtig (%n zurückgehaltene Bilder).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few photos per class to hold some back for a before/after score (5 per class are enough).</source>
        <translation>Zu wenige Fotos pro Klasse, um einige für einen Vorher-nachher-Vergleich zurückzuhalten (5 pro Klasse genügen).</translation>
    </message>
    <message>
        <source>Held-back photos: {before} of {held} right before, {after} after (too few for a score; {minimum} or more give one).</source>
        <translation>Zurückgehaltene Fotos: vorher {before} von {held} richtig, nachher {after} (zu wenige für eine Quote; ab {minimum} gibt es eine).</translation>
    </message>
    <message numerus="yes">
        <source>Held-back photos: {before} → {after} right (%n photo(s)).</source>
        <translation>
            <numerusform>Zurückgehaltene Fotos: {before} → {after} richtig (%n Foto).</numerusform>
            <numerusform>Zurückgehaltene Fotos: {before} → {after} richtig (%n Fotos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TfLoader</name>
    <message>
        <source>TensorFlow could not be loaded ({reason}). Training, Grad-CAM and export need it: reinstall the app or run &apos;pip install tensorflow&apos;.</source>
        <translation>TensorFlow konnte nicht geladen werden ({reason}). Training, Grad-CAM und Export brauchen es: Installiere die App neu oder führe „pip install tensorflow“ aus.</translation>
    </message>
</context>
<context>
    <name>ThisIsDialog</name>
    <message>
        <source>This is…</source>
        <translation>Das ist…</translation>
    </message>
    <message>
        <source>Pick a class or type a new one, e.g. Pear</source>
        <translation>Wähle eine Klasse oder gib eine neue ein, z. B. Birne</translation>
    </message>
    <message>
        <source>What is in this photo? A copy goes into the teaching set; the photos stay where they are.</source>
        <translation>Was ist auf diesem Foto? Eine Kopie kommt zu den Lernfotos; das Foto selbst bleibt, wo es ist.</translation>
    </message>
    <message numerus="yes">
        <source>What is in these %n photos? A copy goes into the teaching set; the photos stay where they are.</source>
        <translation>
            <numerusform>Was ist auf diesen %n Fotos? Eine Kopie kommt zu den Lernfotos; die Fotos selbst bleiben, wo sie sind.</numerusform>
            <numerusform>Was ist auf diesen %n Fotos? Eine Kopie kommt zu den Lernfotos; die Fotos selbst bleiben, wo sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model answered: {answer}</source>
        <translation>Das Modell hat geantwortet: {answer}</translation>
    </message>
</context>
<context>
    <name>TrainJobs</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>{name} — {network}, {done}/{epochs} epochs, {status}</source>
        <translation>{name} — {network}, {done}/{epochs} Epochen, {status}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Training is running. Stop it and quit?</source>
        <translation>Ein Training läuft. Stoppen und beenden?</translation>
    </message>
    <message>
        <source>The best epoch so far is saved to the library.</source>
        <translation>Die bisher beste Epoche wird in der Bibliothek gespeichert.</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop after the current batch; the best completed epoch is saved</source>
        <translation>Nach dem aktuellen Batch stoppen; die beste abgeschlossene Epoche wird gespeichert</translation>
    </message>
    <message>
        <source>Stopped runs that can continue from their last completed epoch</source>
        <translation>Gestoppte Läufe, die ab ihrer letzten abgeschlossenen Epoche weiterlaufen können</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Several Machines…</source>
        <translation>Mehrere Rechner…</translation>
    </message>
    <message>
        <source>Train the first checked network with other machines: this one is the chief (docs/distributed.md)</source>
        <translation>Das erste angehakte Netz mit anderen Rechnern trainieren: Dieser ist der Chief (docs/distributed.md)</translation>
    </message>
    <message>
        <source>Stopped run:</source>
        <translation>Gestoppter Lauf:</translation>
    </message>
    <message>
        <source>Open in Classify</source>
        <translation>In „Erkennen“ öffnen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the models this queue saved on a test folder</source>
        <translation>Die von dieser Warteschlange gespeicherten Modelle auf einem Testordner vergleichen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>{network} on several machines</source>
        <translation>{network} auf mehreren Rechnern</translation>
    </message>
    <message>
        <source>Waiting for the other machines to join; training starts when all have.</source>
        <translation>Warte, bis die anderen Rechner beitreten; das Training beginnt, sobald alle da sind.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Saved model {model} in the library.</source>
        <translation>Modell {model} in der Bibliothek gespeichert.</translation>
    </message>
    <message>
        <source>Several machines: {status}</source>
        <translation>Mehrere Rechner: {status}</translation>
    </message>
    <message>
        <source>Resuming {run}</source>
        <translation>{run} wird fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Stopping after the current batch… (%n queued run(s) cancelled)</source>
        <translation>
            <numerusform>Stoppt nach dem aktuellen Batch… (%n Lauf in der Warteschlange abgebrochen)</numerusform>
            <numerusform>Stoppt nach dem aktuellen Batch… (%n Läufe in der Warteschlange abgebrochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stoppt nach dem aktuellen Batch…</translation>
    </message>
    <message>
        <source>{title} — run {number} of {count}</source>
        <translation>{title} — Lauf {number} von {count}</translation>
    </message>
    <message>
        <source>Command line: {command}</source>
        <translation>Befehlszeile: {command}</translation>
    </message>
    <message>
        <source>Reproduce: {command}</source>
        <translation>Reproduzieren: {command}</translation>
    </message>
    <message>
        <source>Continue after a stop: {command}</source>
        <translation>Nach einem Stopp fortsetzen: {command}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>“{name}”, test accuracy {accuracy}</source>
        <translation>„{name}“, Testgenauigkeit {accuracy}</translation>
    </message>
    <message>
        <source>“{name}”, validation accuracy {accuracy}</source>
        <translation>„{name}“, Validierungsgenauigkeit {accuracy}</translation>
    </message>
    <message>
        <source>Saved {model} (stopped early; best epoch kept)</source>
        <translation>{model} gespeichert (früh gestoppt; beste Epoche behalten)</translation>
    </message>
    <message>
        <source>Saved {model}</source>
        <translation>{model} gespeichert</translation>
    </message>
    <message>
        <source>stopped before an epoch completed; nothing saved</source>
        <translation>gestoppt, bevor eine Epoche abgeschlossen war; nichts gespeichert</translation>
    </message>
    <message>
        <source>Stopped before training began; nothing was saved.</source>
        <translation>Gestoppt, bevor das Training begann; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Training failed: {reason}</source>
        <translation>Training fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Anlauf</translation>
    </message>
    <message>
        <source>{reason} Trying again with weights: {weights}.</source>
        <translation>{reason} Neuer Anlauf mit den Gewichten: {weights}.</translation>
    </message>
    <message>
        <source>ImageNet weights unavailable</source>
        <translation>ImageNet-Gewichte nicht verfügbar</translation>
    </message>
    <message>
        <source>Train from Scratch</source>
        <translation>Von Grund auf trainieren</translation>
    </message>
    <message>
        <source>Choose Weights File…</source>
        <translation>Gewichtsdatei wählen…</translation>
    </message>
    <message>
        <source>Weights for {network}</source>
        <translation>Gewichte für {network}</translation>
    </message>
    <message>
        <source>Keras weights ({patterns})</source>
        <translation>Keras-Gewichte ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
</context>
<context>
    <name>TrainQueue</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>trainiert…</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>stopped, saved</source>
        <translation>gestoppt, gespeichert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
        <translation>Validierungsgenauigkeit pro Versuch</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>bisher bester</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>vorzeitig abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Each trial&apos;s validation accuracy appears here as it finishes</source>
        <translation>Die Validierungsgenauigkeit jedes Versuchs erscheint hier, sobald er fertig ist</translation>
    </message>
</context>
<context>
    <name>TrialsTable</name>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
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
        <translation>Datenaugmentation</translation>
    </message>
    <message>
        <source>Layers trained</source>
        <translation>Trainierte Schichten</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <extracomment>What the header shows (short: every column fits the Tune view at 1024 px); HEADERS are the tooltips.</extracomment>
        <translation>Val.-Gen.</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>LR</translation>
    </message>
    <message>
        <source>Aug.</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>pruned (trailing)</source>
        <translation>abgebrochen (zu schwach)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>TunePage</name>
    <message>
        <source>A study is training trials in this window. Stop the study here and quit?

This window&apos;s trial stops; the study keeps its finished trials and best model (Resume continues it). Workers in other processes or on other machines keep going.</source>
        <translation>In diesem Fenster trainiert eine Studie Versuche. Die Studie hier stoppen und beenden?

Der Versuch dieses Fensters stoppt; die Studie behält ihre abgeschlossenen Versuche und ihr bestes Modell („Fortsetzen“ setzt sie fort). Worker in anderen Prozessen oder auf anderen Rechnern laufen weiter.</translation>
    </message>
    <message>
        <source>Network (settings every trial starts from)</source>
        <translation>Netz (Einstellungen, mit denen jeder Versuch beginnt)</translation>
    </message>
    <message>
        <source>Start Study</source>
        <translation>Studie starten</translation>
    </message>
    <message>
        <source>Run trials here until the study has its number of trials (workers elsewhere with the same storage and study name share them)</source>
        <translation>Hier Versuche ausführen, bis die Studie ihre Anzahl an Versuchen hat (Worker anderswo mit gleichem Speicherort und Studiennamen teilen sie sich)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop every worker of the study, here and on other machines, after its batch</source>
        <translation>Jeden Worker der Studie, hier und auf anderen Rechnern, nach seinem Batch stoppen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Studies in the storage: choose one to watch it and load its settings</source>
        <translation>Studien am Speicherort: Wähle eine, um sie zu verfolgen und ihre Einstellungen zu laden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the study shown with its own settings, up to the Trials asked for</source>
        <translation>Die angezeigte Studie mit ihren eigenen Einstellungen fortsetzen, bis zur angegebenen Anzahl an Versuchen</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Studie:</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) each</source>
        <translation>
            <numerusform>je %n Epoche</numerusform>
            <numerusform>je %n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting study “{study}”: %n trials of {epochs}…</source>
        <translation>
            <numerusform>Studie „{study}“ wird gestartet: %n Versuch mit {epochs}…</numerusform>
            <numerusform>Studie „{study}“ wird gestartet: %n Versuche mit {epochs}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping every worker of study “{study}” after its current batch…</source>
        <translation>Jeder Worker der Studie „{study}“ wird nach seinem aktuellen Batch gestoppt…</translation>
    </message>
    <message>
        <source>Could not ask the other workers to stop: {reason}</source>
        <translation>Die anderen Worker konnten nicht zum Stoppen aufgefordert werden: {reason}</translation>
    </message>
    <message>
        <source>Training trials of “{study}” here (it had {before} of {wanted} when this worker joined). Stop ends every worker of the study.</source>
        <translation>Versuche von „{study}“ werden hier trainiert (sie hatte {before} von {wanted}, als dieser Worker beitrat). „Stoppen“ beendet jeden Worker der Studie.</translation>
    </message>
    <message numerus="yes">
        <source>Study “{study}” holds %n trials ({done} complete).</source>
        <translation>
            <numerusform>Die Studie „{study}“ enthält %n Versuch ({done} abgeschlossen).</numerusform>
            <numerusform>Die Studie „{study}“ enthält %n Versuche ({done} abgeschlossen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No trial completed: try a wider learning-rate range or more epochs per trial.</source>
        <translation>Kein Versuch wurde abgeschlossen: Probiere einen größeren Lernratenbereich oder mehr Epochen pro Versuch.</translation>
    </message>
    <message>
        <source>The study stopped: {reason}</source>
        <translation>Die Studie wurde gestoppt: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the study: {reason} Check the storage path or URL, then choose the study again.</source>
        <translation>Die Studie kann nicht gelesen werden: {reason} Prüfe den Pfad oder die URL des Speicherorts und wähle die Studie dann erneut.</translation>
    </message>
    <message>
        <source>Cannot list the studies: {reason}</source>
        <translation>Die Studien können nicht aufgelistet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>WeightsEdit</name>
    <message>
        <source>Pretrained on ImageNet: included for EfficientNet-Lite0; downloaded once (internet needed) for VGG16 and ResNet50</source>
        <translation>Auf ImageNet vortrainiert: bei EfficientNet-Lite0 enthalten; für VGG16 und ResNet50 einmalig heruntergeladen (Internet nötig)</translation>
    </message>
    <message>
        <source>a .weights.h5 file</source>
        <translation>eine .weights.h5-Datei</translation>
    </message>
    <message>
        <source>Keras weights ({patterns})</source>
        <translation>Keras-Gewichte ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>Apply augmentation to training images</source>
        <translation>Datenaugmentation auf die Trainingsbilder anwenden</translation>
    </message>
    <message>
        <source>Random horizontal and vertical flips</source>
        <translation>Zufälliges horizontales und vertikales Spiegeln</translation>
    </message>
    <message>
        <source>Largest rotation, as a fraction of a full turn</source>
        <translation>Größte Drehung, als Anteil einer vollen Umdrehung</translation>
    </message>
    <message>
        <source>Largest zoom-out (fruit shrinks to 1/(1+zoom)); zoom-in is capped at 0.25</source>
        <translation>Stärkstes Herauszoomen (die Frucht schrumpft auf 1/(1+Zoom)); Hineinzoomen ist auf 0,25 begrenzt</translation>
    </message>
    <message>
        <source>Largest brightness change (fraction)</source>
        <translation>Größte Helligkeitsänderung (Anteil)</translation>
    </message>
    <message>
        <source>Largest contrast change (fraction)</source>
        <translation>Größte Kontraständerung (Anteil)</translation>
    </message>
    <message>
        <source>Largest hue/saturation change (fraction)</source>
        <translation>Größte Farbton-/Sättigungsänderung (Anteil)</translation>
    </message>
    <message>
        <source>Probability of blur and sensor noise</source>
        <translation>Wahrscheinlichkeit für Unschärfe und Sensorrauschen</translation>
    </message>
    <message>
        <source>Folder of background photos to composite white-background fruit onto (empty: off)</source>
        <translation>Ordner mit Hintergrundfotos, auf die Früchte vor weißem Hintergrund montiert werden (leer: aus)</translation>
    </message>
    <message>
        <source>Share of training images composited onto a background</source>
        <translation>Anteil der Trainingsbilder, die auf einen Hintergrund montiert werden</translation>
    </message>
    <message>
        <source>Folder of class folders, or a Fruits-360 folder with Training/ and Test/</source>
        <translation>Ordner mit Klassenordnern oder ein Fruits-360-Ordner mit Training/ und Test/</translation>
    </message>
    <message>
        <source>Network architecture</source>
        <translation>Architektur des Netzes</translation>
    </message>
    <message>
        <source>Number of passes over the training data</source>
        <translation>Anzahl der Durchgänge durch die Trainingsdaten</translation>
    </message>
    <message>
        <source>Images per training step</source>
        <translation>Bilder pro Trainingsschritt</translation>
    </message>
    <message>
        <source>Adam learning rate</source>
        <translation>Lernrate von Adam</translation>
    </message>
    <message>
        <source>Square input size in pixels (0: the architecture&apos;s default)</source>
        <translation>Quadratische Eingabegröße in Pixeln (0: Standard der Architektur)</translation>
    </message>
    <message>
        <source>Share of training images held out for validation</source>
        <translation>Anteil der Trainingsbilder, die zur Validierung zurückgehalten werden</translation>
    </message>
    <message>
        <source>Optional separate test folder (empty: the Test/ beside the data, if any)</source>
        <translation>Optionaler separater Testordner (leer: der Test/-Ordner neben den Daten, falls vorhanden)</translation>
    </message>
    <message>
        <source>Backbone weights: &apos;imagenet&apos;, &apos;none&apos; or a path to a weights file</source>
        <translation>Gewichte des Basisnetzes: „imagenet“, „none“ oder der Pfad zu einer Gewichtsdatei</translation>
    </message>
    <message>
        <source>Freeze the pretrained backbone and train only the head</source>
        <translation>Das vortrainierte Basisnetz einfrieren und nur den Kopf trainieren</translation>
    </message>
    <message>
        <source>With a frozen backbone, unfreeze this many of its last layers</source>
        <translation>Bei eingefrorenem Basisnetz so viele seiner letzten Schichten wieder freigeben</translation>
    </message>
    <message>
        <source>Dropout before the classifier</source>
        <translation>Dropout vor dem Klassifikator</translation>
    </message>
    <message>
        <source>L2 weight penalty on dense/conv kernels</source>
        <translation>L2-Regularisierung der Gewichte in Dense- und Conv-Schichten</translation>
    </message>
    <message>
        <source>Stop after this many epochs without improvement (0: off)</source>
        <translation>Nach so vielen Epochen ohne Verbesserung stoppen (0: aus)</translation>
    </message>
    <message>
        <source>Halve the learning rate after this many flat epochs (0: off)</source>
        <translation>Die Lernrate nach so vielen Epochen ohne Fortschritt halbieren (0: aus)</translation>
    </message>
    <message>
        <source>Weight classes inversely to their size (for lopsided folders)</source>
        <translation>Klassen umgekehrt zu ihrer Größe gewichten (für ungleich gefüllte Ordner)</translation>
    </message>
    <message>
        <source>Random seed for the split, shuffling and initial weights</source>
        <translation>Zufallsstartwert für Aufteilung, Mischen und Anfangsgewichte</translation>
    </message>
    <message>
        <source>Mixed precision: float16 on GPUs, bfloat16 on CPUs with AVX-512 BF16 or AMX (others stay float32)</source>
        <translation>Gemischte Präzision: float16 auf GPUs, bfloat16 auf CPUs mit AVX-512 BF16 oder AMX (andere bleiben bei float32)</translation>
    </message>
    <message>
        <source>Keras backend to train on: tensorflow, torch (PyTorch: Apple GPU via MPS, CUDA or CPU) or auto (PyTorch where it sees a GPU that TensorFlow does not)</source>
        <translation>Keras-Backend für das Training: tensorflow, torch (PyTorch: Apple-GPU über MPS, CUDA oder CPU) oder auto (PyTorch, wo es eine GPU sieht, die TensorFlow nicht sieht)</translation>
    </message>
    <message>
        <source>Also learn a &apos;Not one of my classes&apos; answer (from fruit-free photos shipped with the app and recoloured copies of yours), calibrated so its known-probability can be trusted</source>
        <translation>Auch eine Antwort „Keine meiner Klassen“ lernen (aus mitgelieferten Fotos ohne Früchte und umgefärbten Kopien deiner Fotos), so kalibriert, dass man ihrer Wahrscheinlichkeit für „bekannt“ trauen kann</translation>
    </message>
    <message>
        <source>Name for the saved model (empty: generated)</source>
        <translation>Name für das gespeicherte Modell (leer: automatisch)</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Datenaugmentation</translation>
    </message>
    <message>
        <source>Settings every trial starts from</source>
        <translation>Einstellungen, mit denen jeder Versuch beginnt</translation>
    </message>
    <message>
        <source>Trials the study should have in all (every worker together)</source>
        <translation>Versuche, die die Studie insgesamt haben soll (alle Worker zusammen)</translation>
    </message>
    <message>
        <source>Epochs each trial trains</source>
        <translation>Epochen, die jeder Versuch trainiert</translation>
    </message>
    <message>
        <source>Learning rate range (log scale)</source>
        <translation>Bereich der Lernrate (logarithmisch)</translation>
    </message>
    <message>
        <source>Dropout range</source>
        <translation>Bereich des Dropouts</translation>
    </message>
    <message>
        <source>L2 penalty range (log scale)</source>
        <translation>Bereich der L2-Regularisierung (logarithmisch)</translation>
    </message>
    <message>
        <source>Augmentation strength range (0: off, 1: strong)</source>
        <translation>Bereich der Augmentationsstärke (0: aus, 1: stark)</translation>
    </message>
    <message>
        <source>Backbone layers unfrozen from the top (0: frozen backbone); searched only from pretrained weights, up to the network&apos;s limit</source>
        <translation>Von oben freigegebene Schichten des Basisnetzes (0: eingefrorenes Basisnetz); nur mit vortrainierten Gewichten durchsucht, bis zur Grenze des Netzes</translation>
    </message>
    <message>
        <source>Study name; workers with the same name and storage share it</source>
        <translation>Name der Studie; Worker mit gleichem Namen und Speicherort teilen sie sich</translation>
    </message>
    <message>
        <source>Journal file path or database URL (empty: a journal file in the app&apos;s data folder)</source>
        <translation>Pfad zur Journal-Datei oder Datenbank-URL (leer: eine Journal-Datei im Datenordner der App)</translation>
    </message>
    <message>
        <source>How the next trial&apos;s settings are chosen</source>
        <translation>Wie die Einstellungen des nächsten Versuchs gewählt werden</translation>
    </message>
    <message>
        <source>Stop a trial early when its validation accuracy trails the median</source>
        <translation>Einen Versuch früh abbrechen, wenn seine Validierungsgenauigkeit unter dem Median liegt</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>0 to 1 (pixels / 255)</source>
        <extracomment>name -&gt; (multiplier, offset) for x * multiplier + offset; caffe is handled on its own.</extracomment>
        <translation>0 bis 1 (Pixel / 255)</translation>
    </message>
    <message>
        <source>0 to 255 (raw pixels; the model scales them itself)</source>
        <translation>0 bis 255 (Rohpixel; das Modell skaliert sie selbst)</translation>
    </message>
    <message>
        <source>-1 to 1 (Teachable Machine, MobileNet)</source>
        <translation>-1 bis 1 (Teachable Machine, MobileNet)</translation>
    </message>
    <message>
        <source>caffe: BGR minus ImageNet means (VGG16, ResNet50 of keras.applications)</source>
        <translation>caffe: BGR minus ImageNet-Mittelwerte (VGG16, ResNet50 aus keras.applications)</translation>
    </message>
    <message>
        <source>{name} stopped sending pictures.</source>
        <extracomment>File name endings read as videos (predict, the live view&apos;s &quot;Video file…&quot;).</extracomment>
        <translation>{name} sendet keine Bilder mehr.</translation>
    </message>
    <message>
        <source>Check that it is plugged in, then pick it again.</source>
        <translation>Prüfe, ob sie angeschlossen ist, und wähle sie dann erneut.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path, then open it again.</source>
        <translation>Prüfe den Pfad und öffne die Datei dann erneut.</translation>
    </message>
    <message>
        <source>{name} has no video in it.</source>
        <translation>{name} enthält kein Video.</translation>
    </message>
    <message>
        <source>Open a video file (.mp4, .mov, …).</source>
        <translation>Öffne eine Videodatei (.mp4, .mov, …).</translation>
    </message>
    <message>
        <source>{name} uses a video codec this app cannot decode.</source>
        <translation>{name} verwendet einen Videocodec, den diese App nicht dekodieren kann.</translation>
    </message>
    <message>
        <source>Convert it to H.264 MP4, then open it again.</source>
        <translation>Wandle die Datei in H.264-MP4 um und öffne sie dann erneut.</translation>
    </message>
    <message>
        <source>{name} cannot be played ({reason}).</source>
        <translation>{name} kann nicht abgespielt werden ({reason}).</translation>
    </message>
    <message>
        <source>Open a video file this app can decode, e.g. H.264 MP4.</source>
        <translation>Öffne eine Videodatei, die diese App dekodieren kann, z. B. H.264-MP4.</translation>
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
        <translation>leere Datei (0 Byte)</translation>
    </message>
    <message>
        <source>unsupported colour mode {mode}</source>
        <translation>nicht unterstützter Farbmodus {mode}</translation>
    </message>
    <message>
        <source>a folder, not an image file</source>
        <translation>ein Ordner, keine Bilddatei</translation>
    </message>
    <message>
        <source>file not found</source>
        <extracomment>Built from the one architecture table (fruitclassifier/architectures.py).</extracomment>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>Datei kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>too large (over the decoder&apos;s safety limit)</source>
        <translation>zu groß (über der Sicherheitsgrenze des Decoders)</translation>
    </message>
    <message>
        <source>too large (not enough memory to decode)</source>
        <translation>zu groß (nicht genug Speicher zum Dekodieren)</translation>
    </message>
    <message>
        <source>not an image we can read: HEIC photos need the optional pillow-heif package</source>
        <translation>kein lesbares Bild: HEIC-Fotos brauchen das optionale Paket pillow-heif</translation>
    </message>
    <message>
        <source>not an image (or a format we cannot read)</source>
        <translation>kein Bild (oder ein Format, das nicht gelesen werden kann)</translation>
    </message>
    <message>
        <source>too large ({megapixels} megapixels, limit {limit})</source>
        <translation>zu groß ({megapixels} Megapixel, Grenze {limit})</translation>
    </message>
    <message>
        <source>truncated or damaged image (zero width or height)</source>
        <translation>abgeschnittenes oder beschädigtes Bild (Breite oder Höhe null)</translation>
    </message>
    <message>
        <source>truncated or damaged image</source>
        <translation>abgeschnittenes oder beschädigtes Bild</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <source>ms/image</source>
        <translation>ms/Bild</translation>
    </message>
    <message>
        <source>Training time (s)</source>
        <translation>Trainingszeit (s)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Best val. accuracy</source>
        <translation>Beste Val.-Genauigkeit</translation>
    </message>
    <message>
        <source>Val–Test gap</source>
        <translation>Abstand Val.–Test</translation>
    </message>
    <message>
        <source>Train–val gap</source>
        <translation>Abstand Train.–Val.</translation>
    </message>
    <message>
        <source>Training accuracy is {gap:.0%} above validation accuracy (too few epochs of validation loss to tell overfitting from failing on unseen images).</source>
        <extracomment>A final training accuracy this much above the validation accuracy is a gap worth explaining. What diagnose_fit may find (FitDiagnosis.kind).</extracomment>
        <translation>Die Trainingsgenauigkeit liegt {gap:.0%} über der Validierungsgenauigkeit (zu wenige Epochen mit Validierungsverlust, um Überanpassung von Scheitern bei unbekannten Bildern zu unterscheiden).</translation>
    </message>
    <message>
        <source>Training accuracy is {gap:.0%} above validation accuracy and validation loss has risen since epoch {epoch} ({best:.3f} → {last:.3f}).</source>
        <translation>Die Trainingsgenauigkeit liegt {gap:.0%} über der Validierungsgenauigkeit, und der Validierungsverlust steigt seit Epoche {epoch} ({best:.3f} → {last:.3f}).</translation>
    </message>
    <message>
        <source>Validation accuracy is {gap:.0%} below training accuracy while validation loss does not rise: the model fails on unseen images from the start, which is not overfitting (check the data split, preprocessing or BatchNorm).</source>
        <translation>Die Validierungsgenauigkeit liegt {gap:.0%} unter der Trainingsgenauigkeit, während der Validierungsverlust nicht steigt: Das Modell scheitert von Anfang an bei unbekannten Bildern, was keine Überanpassung ist (prüfe die Datenaufteilung, die Vorverarbeitung oder BatchNorm).</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <extracomment>Accuracies closer than this are called a tie.</extracomment>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>{names} are about as accurate on this folder ({accuracy}); {fast} is faster ({fast_ms:.2f} vs {slow_ms:.2f} ms per image).</source>
        <translation>{names} sind auf diesem Ordner etwa gleich genau ({accuracy}); {fast} ist schneller ({fast_ms:.2f} gegenüber {slow_ms:.2f} ms pro Bild).</translation>
    </message>
    <message>
        <source>Behind them: {models}.</source>
        <translation>Dahinter: {models}.</translation>
    </message>
    <message>
        <source>{model} is best on this folder (accuracy {accuracy} vs {others}).</source>
        <translation>{model} ist auf diesem Ordner am besten (Genauigkeit {accuracy} gegenüber {others}).</translation>
    </message>
    <message>
        <source>{name} overfits: train–val gap {gap:.2f} and validation loss rising.</source>
        <extracomment>Best validation accuracy this far above the accuracy on the compared folder: the model learned its training data (and the validation split drawn from it) and does not carry over to these photos.</extracomment>
        <translation>{name} ist überangepasst: Abstand Training–Validierung {gap:.2f} und steigender Validierungsverlust.</translation>
    </message>
    <message>
        <source>{name} fails on validation from the start (train–val gap {gap:.2f}, validation loss not rising): not overfitting.</source>
        <translation>{name} scheitert von Anfang an bei der Validierung (Abstand Training–Validierung {gap:.2f}, Validierungsverlust steigt nicht): keine Überanpassung.</translation>
    </message>
    <message>
        <source>{name} has a train–val gap of {gap:.2f} (too few epochs of validation loss to say why).</source>
        <translation>{name} hat einen Abstand Training–Validierung von {gap:.2f} (zu wenige Epochen mit Validierungsverlust, um den Grund zu nennen).</translation>
    </message>
    <message>
        <source>It does not overfit (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <extracomment>&quot;Nobody overfits&quot;, by how many models were judged (1, 2, more), with the limits (parts is empty) or without.</extracomment>
        <translation>Es ist nicht überangepasst (Validierung und dieser Ordner liegen innerhalb von {limit:.2f}, Abstand Training–Validierung unter {gap:.2f}).</translation>
    </message>
    <message>
        <source>Neither overfits (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <translation>Keines der beiden ist überangepasst (Validierung und dieser Ordner liegen innerhalb von {limit:.2f}, Abstand Training–Validierung unter {gap:.2f}).</translation>
    </message>
    <message>
        <source>None overfits (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <translation>Keines ist überangepasst (Validierung und dieser Ordner liegen innerhalb von {limit:.2f}, Abstand Training–Validierung unter {gap:.2f}).</translation>
    </message>
    <message>
        <source>It does not overfit.</source>
        <translation>Es ist nicht überangepasst.</translation>
    </message>
    <message>
        <source>Neither overfits.</source>
        <translation>Keines der beiden ist überangepasst.</translation>
    </message>
    <message>
        <source>None overfits.</source>
        <translation>Keines ist überangepasst.</translation>
    </message>
    <message>
        <source>{name} overfits: validation accuracy {validation} but {accuracy} on this folder, so what it learned does not carry over to these photos.</source>
        <translation>{name} ist überangepasst: Validierungsgenauigkeit {validation}, aber {accuracy} auf diesem Ordner; das Gelernte überträgt sich also nicht auf diese Fotos.</translation>
    </message>
    <message>
        <source>No training history is stored, so overfitting cannot be judged.</source>
        <translation>Es ist kein Trainingsverlauf gespeichert, daher lässt sich Überanpassung nicht beurteilen.</translation>
    </message>
    <message>
        <source>{name}: accuracy {accuracy} on this folder.</source>
        <translation>{name}: Genauigkeit {accuracy} auf diesem Ordner.</translation>
    </message>
    <message>
        <source>Preparing “{name}” for fast answers (once; this loads TensorFlow)…</source>
        <extracomment>Below this top probability the app says &quot;not sure&quot; instead of naming a fruit.</extracomment>
        <translation>„{name}“ wird für schnelle Antworten vorbereitet (einmalig; dafür wird TensorFlow geladen)…</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty: choose a new folder name</source>
        <translation>{folder} existiert bereits und ist nicht leer: Wähle einen neuen Ordnernamen</translation>
    </message>
    <message>
        <source>Could not write the SavedModel: {reason}</source>
        <translation>Das SavedModel konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Could not convert the model to TFLite: {reason}</source>
        <translation>Das Modell konnte nicht in TFLite umgewandelt werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot export {name}: {reason}</source>
        <translation>{name} kann nicht exportiert werden: {reason}</translation>
    </message>
    <message>
        <source>The exported {format} returns shape {got}, the original {expected}: the export is broken; please report it</source>
        <translation>Das exportierte {format} liefert die Form {got}, das Original {expected}: Der Export ist fehlerhaft; bitte melde das</translation>
    </message>
    <message>
        <source>The exported {format} disagrees with the original model (largest probability difference {diff}, allowed {allowed}), so it was not saved</source>
        <translation>Das exportierte {format} weicht vom ursprünglichen Modell ab (größte Wahrscheinlichkeitsdifferenz {diff}, erlaubt {allowed}), daher wurde es nicht gespeichert</translation>
    </message>
    <message>
        <source>Teaching was cancelled; nothing was saved.</source>
        <translation>Das Beibringen wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>This model has no “Not one of my fruits” class.</source>
        <extracomment>What the user picks (GUI) or names a folder (CLI) to teach the model&apos;s &quot;not one of my fruits&quot; class.</extracomment>
        <translation>Dieses Modell hat keine Klasse „Keine meiner Früchte“.</translation>
    </message>
    <message>
        <source>Pick one of its classes or type a new name.</source>
        <translation>Wähle eine seiner Klassen oder gib einen neuen Namen ein.</translation>
    </message>
    <message>
        <source>{name} cannot be a class name.</source>
        <translation>{name} kann kein Klassenname sein.</translation>
    </message>
    <message>
        <source>Type a name without / \ : * ? &quot; &lt; &gt; | that does not start with a dot.</source>
        <translation>Gib einen Namen ohne / \ : * ? &quot; &lt; &gt; | ein, der nicht mit einem Punkt beginnt.</translation>
    </message>
    <message>
        <source>{name} is the model&apos;s internal name for “Not one of my fruits”.</source>
        <translation>{name} ist der interne Name des Modells für „Keine meiner Früchte“.</translation>
    </message>
    <message>
        <source>Pick “Not one of my fruits” instead.</source>
        <translation>Wähle stattdessen „Keine meiner Früchte“.</translation>
    </message>
    <message>
        <source>{path} is not in this teaching set.</source>
        <translation>{path} gehört nicht zu diesen Lernfotos.</translation>
    </message>
    <message>
        <source>unexpected error: {error} (details are in the log)</source>
        <extracomment>A sentence that already ends here needs no &quot;. &quot; or &quot;; &quot; before the next step (the CJK marks included).</extracomment>
        <translation>unerwarteter Fehler: {error} (Details stehen im Log)</translation>
    </message>
    <message>
        <source>Teach a model trained in this app, or the bundled one.</source>
        <extracomment>The share of the short side a random crop keeps (smallest, largest). Share of augmented replay images pasted onto crops of the user&apos;s photos. What to do with a model whose head cannot be taught.</extracomment>
        <translation>Beibringen geht nur bei einem in dieser App trainierten Modell oder dem mitgelieferten.</translation>
    </message>
    <message>
        <source>This model cannot be taught: it has no final Dense layer named “predictions”.</source>
        <translation>Diesem Modell kann nichts beigebracht werden: Es hat keine letzte Dense-Schicht namens „predictions“.</translation>
    </message>
    <message>
        <source>This model cannot be taught: its “predictions” layer is not a softmax over a feature vector.</source>
        <translation>Diesem Modell kann nichts beigebracht werden: Seine Schicht „predictions“ ist kein Softmax über einem Merkmalsvektor.</translation>
    </message>
    <message>
        <source>Looking at your photos: {done} of {total} views</source>
        <translation>Deine Fotos werden angesehen: {done} von {total} Ansichten</translation>
    </message>
    <message>
        <source>The replay folder {folder} does not exist.</source>
        <extracomment>Layouts whose class folders sit one level down (a Fruits-360 download).</extracomment>
        <translation>Der Replay-Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Pass a folder with one sub-folder of training images per class.</source>
        <translation>Gib einen Ordner mit je einem Unterordner Trainingsbilder pro Klasse an.</translation>
    </message>
    <message>
        <source>{name} cannot be taught: it has no replay data (it was imported, so the app does not know its training images).</source>
        <translation>Dem Modell {name} kann nichts beigebracht werden: Es hat keine Replay-Daten (es wurde importiert, daher kennt die App seine Trainingsbilder nicht).</translation>
    </message>
    <message>
        <source>Pass --replay DIR, a folder with one sub-folder of its training images per class.</source>
        <translation>Gib --replay DIR an, einen Ordner mit je einem Unterordner seiner Trainingsbilder pro Klasse.</translation>
    </message>
    <message>
        <source>Keeping your photos with the new model…</source>
        <extracomment>A class needs this many photos before some are held back for the before/after score. Teaching photos kept (small) beside the taught model so teaching it again still replays them.</extracomment>
        <translation>Deine Fotos werden beim neuen Modell abgelegt…</translation>
    </message>
    <message>
        <source>Saving the new model and converting it for quick answers…</source>
        <translation>Das neue Modell wird gespeichert und für schnelle Antworten umgewandelt…</translation>
    </message>
    <message>
        <source>Teaching with Keras on PyTorch: {device}.</source>
        <translation>Beibringen mit Keras auf PyTorch: {device}.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>Give a folder with one sub-folder of photos per class.</source>
        <translation>Gib einen Ordner mit je einem Unterordner Fotos pro Klasse an.</translation>
    </message>
    <message>
        <source>{folder} holds no photos in class folders.</source>
        <translation>{folder} enthält keine Fotos in Klassenordnern.</translation>
    </message>
    <message>
        <source>Put each class&apos;s photos in its own sub-folder, named after the class.</source>
        <translation>Lege die Fotos jeder Klasse in einen eigenen Unterordner, der nach der Klasse benannt ist.</translation>
    </message>
    <message>
        <source>The class folder {folder} has no readable photo.</source>
        <translation>Der Klassenordner {folder} enthält kein lesbares Foto.</translation>
    </message>
    <message>
        <source>Add .jpg or .png photos to it, or remove the folder.</source>
        <translation>Füge ihm .jpg- oder .png-Fotos hinzu oder entferne den Ordner.</translation>
    </message>
    <message>
        <source>{name} cannot be taught: it has {outputs} outputs but {classes} class names.</source>
        <translation>Dem Modell {name} kann nichts beigebracht werden: Es hat {outputs} Ausgaben, aber {classes} Klassennamen.</translation>
    </message>
    <message>
        <source>Re-import it with its class names.</source>
        <translation>Importiere es erneut mit seinen Klassennamen.</translation>
    </message>
    <message>
        <source>weights: file not found: {path}</source>
        <extracomment>In an experiment config, ``weights = &quot;@previous&quot;`` starts a run from the previous run&apos;s trained model (a fine-tuning stage); ExperimentConfig resolves it to a weights file just before that run. Keras backends a run can train on (core/training/backend.py): &quot;auto&quot; is PyTorch where it sees a GPU (Apple&apos;s MPS, or CUDA) and TensorFlow does not, TensorFlow otherwise. Input size each architecture uses when the user does not choose one.</extracomment>
        <translation>weights: Datei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>image_size: must be at least 16 pixels</source>
        <translation>image_size: muss mindestens 16 Pixel betragen</translation>
    </message>
    <message>
        <source>image_size: {arch} needs at least {minimum} pixels</source>
        <translation>image_size: {arch} braucht mindestens {minimum} Pixel</translation>
    </message>
    <message>
        <source>{field}: must be one of {choices}, not {value!r}</source>
        <translation>{field}: muss einer der Werte {choices} sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>{field}: must be at least {min}, not {value}</source>
        <translation>{field}: muss mindestens {min} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be at most {max}, not {value}</source>
        <translation>{field}: darf höchstens {max} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name}: range must lie in [{lowest}, {highest}] with low &lt;= high, not ({low}, {high})</source>
        <extracomment>Optional second test folder of realistic (not Fruits-360-style) images. Tuning&apos;s search samplers: TPE (Bayesian, Optuna&apos;s default), a Gaussian process, plain random search.</extracomment>
        <translation>{name}: Der Bereich muss in [{lowest}, {highest}] liegen, mit Untergrenze &lt;= Obergrenze, nicht ({low}, {high})</translation>
    </message>
    <message>
        <source>{name}: a log-scale range must start above 0</source>
        <translation>{name}: Ein logarithmischer Bereich muss über 0 beginnen</translation>
    </message>
    <message>
        <source>study: give the study a name</source>
        <translation>study: Gib der Studie einen Namen</translation>
    </message>
    <message>
        <source>fine_tune_layers: range must lie in [0, {limit}] for {arch} with low &lt;= high, not ({low}, {high})</source>
        <translation>fine_tune_layers: Der Bereich muss für {arch} in [0, {limit}] liegen, mit Untergrenze &lt;= Obergrenze, nicht ({low}, {high})</translation>
    </message>
    <message>
        <source>not an HDF5 model file (it may be damaged or another format)</source>
        <extracomment>Layers whose arrival means preprocessing is over (no scaling layer seen before them). Per layer class: config keys Keras 3 refuses that older Keras wrote with a harmless value. Per layer class: config keys tf.keras 2 wrote as one-element lists where Keras 3 wants the element.</extracomment>
        <translation>keine HDF5-Modelldatei (sie ist vielleicht beschädigt oder hat ein anderes Format)</translation>
    </message>
    <message>
        <source>its model configuration is not valid JSON</source>
        <translation>seine Modellkonfiguration ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the labels file holds no list of names: use a JSON list or one name per line</source>
        <translation>die Label-Datei enthält keine Namensliste: Verwende eine JSON-Liste oder einen Namen pro Zeile</translation>
    </message>
    <message>
        <source>saved_model.pb is damaged (not a SavedModel graph)</source>
        <extracomment>String operations whose names merely mention files (the saver builds shard names with them). Refused by name. Refused when the (lower-case) name contains one of these: files, readers and writers, summaries and events, Python, RPC and data service, input pipelines (they read and cache files), debugging hooks (they write to URLs), and cross-device or cross-machine traffic. Other names TensorFlow reads a SavedModel&apos;s graph from (text, chunked); an export writes saved_model.pb only.</extracomment>
        <translation>saved_model.pb ist beschädigt (kein SavedModel-Graph)</translation>
    </message>
    <message>
        <source>is a folder, not a .keras model file (SavedModel folders are not supported)</source>
        <translation>ist ein Ordner, keine .keras-Modelldatei (SavedModel-Ordner werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>is a legacy HDF5 model; open it in Keras and re-save it with model.save(&apos;name.keras&apos;)</source>
        <translation>ist ein HDF5-Modell im alten Format; öffne es in Keras und speichere es mit model.save(&apos;name.keras&apos;) neu</translation>
    </message>
    <message>
        <source>is a TensorFlow Lite model: it answers photos, but cannot be fine-tuned, explained or exported again (import the Keras model for that)</source>
        <translation>ist ein TensorFlow-Lite-Modell: Es beantwortet Fotos, kann aber nicht feinabgestimmt, erklärt oder erneut exportiert werden (importiere dafür das Keras-Modell)</translation>
    </message>
    <message>
        <source>not a Keras model file (expected a file ending in .keras)</source>
        <translation>keine Keras-Modelldatei (erwartet wird eine Datei mit der Endung .keras)</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be renamed</source>
        <extracomment>Why a model cannot be changed, per action: whole sentences, so each translates as one.</extracomment>
        <translation>{name!r} ist ein mitgeliefertes Modell und kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be deleted</source>
        <translation>{name!r} ist ein mitgeliefertes Modell und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be changed</source>
        <translation>{name!r} ist ein mitgeliefertes Modell und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be renamed here</source>
        <translation>{path} liegt nicht im Modellordner der App und kann deshalb hier nicht umbenannt werden</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be deleted here</source>
        <translation>{path} liegt nicht im Modellordner der App und kann deshalb hier nicht gelöscht werden</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be changed here</source>
        <translation>{path} liegt nicht im Modellordner der App und kann deshalb hier nicht geändert werden</translation>
    </message>
    <message>
        <source>import or train a copy if you want one you can change</source>
        <translation>importiere oder trainiere eine Kopie, wenn du eines willst, das du ändern kannst</translation>
    </message>
    <message>
        <source>import it first</source>
        <translation>importiere es zuerst</translation>
    </message>
    <message>
        <source>The new name is empty: type a name for the model</source>
        <translation>Der neue Name ist leer: Gib einen Namen für das Modell ein</translation>
    </message>
    <message>
        <source>A model called {name!r} already exists: choose another name</source>
        <translation>Ein Modell namens {name!r} gibt es bereits: Wähle einen anderen Namen</translation>
    </message>
    <message>
        <source>Could not rename {name!r}: {reason}</source>
        <translation>{name!r} konnte nicht umbenannt werden: {reason}</translation>
    </message>
    <message>
        <source>Could not delete {name!r}: {reason}</source>
        <translation>{name!r} konnte nicht gelöscht werden: {reason}</translation>
    </message>
    <message>
        <source>A model folder called {name!r} exists again, so the deleted one stays in the trash; put it back from there by hand under another name</source>
        <translation>Es gibt wieder einen Modellordner namens {name!r}, daher bleibt der gelöschte im Papierkorb; hole ihn von Hand von dort unter einem anderen Namen zurück</translation>
    </message>
    <message>
        <source>Could not bring the model back from {path}: {reason}</source>
        <translation>Das Modell konnte nicht aus {path} zurückgeholt werden: {reason}</translation>
    </message>
    <message>
        <source>put it back from the desktop&apos;s trash by hand</source>
        <translation>hole es von Hand aus dem Papierkorb des Desktops zurück</translation>
    </message>
    <message>
        <source>Could not update {name!r}: {reason}</source>
        <translation>{name!r} konnte nicht aktualisiert werden: {reason}</translation>
    </message>
    <message>
        <source>No model name given</source>
        <translation>Kein Modellname angegeben</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>There is no trash for {path} ({reason}), so it cannot be moved there</source>
        <translation>Für {path} gibt es keinen Papierkorb ({reason}), daher kann der Ordner nicht dorthin verschoben werden</translation>
    </message>
    <message>
        <source>delete it for good instead (it cannot be brought back)</source>
        <translation>lösche es stattdessen endgültig (das kann nicht rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>Could not move {path} to the trash: {reason}</source>
        <translation>{path} konnte nicht in den Papierkorb verschoben werden: {reason}</translation>
    </message>
    <message>
        <source>Could not keep a copy of {path} for Undo: {reason}</source>
        <translation>Für „Rückgängig“ konnte keine Kopie von {path} angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>check the free space and permissions of the app&apos;s data folder</source>
        <translation>prüfe den freien Speicherplatz und die Berechtigungen des Datenordners der App</translation>
    </message>
    <message>
        <source>Skipped {name}: {reason}</source>
        <translation>{name} übersprungen: {reason}</translation>
    </message>
    <message>
        <source>Backbone features for {what}: {done:,} of {total:,} images</source>
        <extracomment>The pooling layer every transfer builder (models/layers.transfer_model) ends its backbone with.</extracomment>
        <translation>Merkmale des Basisnetzes für die {what}: {done:,} von {total:,}</translation>
    </message>
    <message>
        <source>Frozen backbone: computing its features once, then training only the head.</source>
        <translation>Eingefrorenes Basisnetz: Seine Merkmale werden einmal berechnet, danach wird nur der Kopf trainiert.</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>Validierungsbilder</translation>
    </message>
    <message>
        <source>run {run!r} already finished all {epochs} epochs; give more epochs (--epochs N) to continue it</source>
        <translation>Lauf {run!r} hat bereits alle {epochs} Epochen abgeschlossen; gib mehr Epochen an (--epochs N), um ihn fortzusetzen</translation>
    </message>
    <message>
        <source>run {run!r} finished and its checkpoint was removed to save space</source>
        <translation>Lauf {run!r} ist abgeschlossen, und sein Checkpoint wurde entfernt, um Platz zu sparen</translation>
    </message>
    <message>
        <source>start a new run with its settings: --config {path}</source>
        <translation>starte einen neuen Lauf mit seinen Einstellungen: --config {path}</translation>
    </message>
    <message>
        <source>no training settings given</source>
        <translation>keine Trainingseinstellungen angegeben</translation>
    </message>
    <message>
        <source>invalid settings: {problems}</source>
        <translation>ungültige Einstellungen: {problems}</translation>
    </message>
    <message>
        <source>Reading {count:,} images of {classes} classes…</source>
        <translation>{count:,} Bilder aus {classes} Klassen werden gelesen…</translation>
    </message>
    <message>
        <source>training was cancelled before it started</source>
        <translation>das Training wurde abgebrochen, bevor es begann</translation>
    </message>
    <message>
        <source>Training in {precision} mixed precision (weights stay float32).</source>
        <translation>Training mit gemischter Präzision {precision} (Gewichte bleiben float32).</translation>
    </message>
    <message>
        <source>Training with Keras on PyTorch: {device}.</source>
        <translation>Training mit Keras auf PyTorch: {device}.</translation>
    </message>
    <message>
        <source>none of the images in the class folders could be read (e.g. {name}: {reason}); check that they hold photos</source>
        <translation>keines der Bilder in den Klassenordnern konnte gelesen werden (z. B. {name}: {reason}); prüfe, ob sie Fotos enthalten</translation>
    </message>
    <message>
        <source>too few readable training images; check the data folder</source>
        <translation>zu wenige lesbare Trainingsbilder; prüfe den Datenordner</translation>
    </message>
    <message>
        <source>no data folder given; choose a folder with one sub-folder per class</source>
        <translation>kein Datenordner angegeben; wähle einen Ordner mit je einem Unterordner pro Klasse</translation>
    </message>
    <message>
        <source>training needs at least two classes, each in its own sub-folder</source>
        <translation>das Training braucht mindestens zwei Klassen, jede in einem eigenen Unterordner</translation>
    </message>
    <message>
        <source>Stopped; keeping the best completed epoch.</source>
        <translation>Gestoppt; die beste abgeschlossene Epoche wird behalten.</translation>
    </message>
    <message>
        <source>Test folder not evaluated: {reason}</source>
        <translation>Testordner nicht ausgewertet: {reason}</translation>
    </message>
</context>
</TS>
