<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Fruit photos: &lt;b&gt;Fruits-360&lt;/b&gt; by Horea Mureșan and Mihai Oltean, licensed CC BY-SA 4.0 (github.com/fruits-360).</source>
        <translation>Photos de fruits&#x202f;: &lt;b&gt;Fruits-360&lt;/b&gt; par Horea Mureșan et Mihai Oltean, sous licence CC BY-SA 4.0 (github.com/fruits-360).</translation>
    </message>
    <message>
        <source>Background photos used for augmentation: CC0, public domain or CC BY, credited in their folder&apos;s README.</source>
        <translation>Photos d’arrière-plan utilisées pour l’augmentation de données&#x202f;: CC0, domaine public ou CC BY, créditées dans le README de leur dossier.</translation>
    </message>
    <message>
        <source>Built with TensorFlow, Keras, Qt for Python (PySide6), pyqtgraph, Pillow and NumPy.</source>
        <translation>Conçu avec TensorFlow, Keras, Qt for Python (PySide6), pyqtgraph, Pillow et NumPy.</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>pas encore chargé</translation>
    </message>
    <message>
        <source>Computes on</source>
        <translation>Calcul sur</translation>
    </message>
    <message>
        <source>not known until TensorFlow has loaded</source>
        <translation>inconnu tant que TensorFlow n’est pas chargé</translation>
    </message>
    <message>
        <source>About FruitClassifier</source>
        <translation>À propos de FruitClassifier</translation>
    </message>
    <message>
        <source>Classify fruit photos by drag-and-drop; train and compare your own networks.</source>
        <translation>Classez des photos de fruits par glisser-déposer&#x202f;; entraînez et comparez vos propres réseaux.</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Aucune réponse.</translation>
    </message>
    <message>
        <source>Says {answer} (closest: {closest}).</source>
        <translation>Réponse&#x202f;: {answer} (classe la plus proche&#x202f;: {closest}).</translation>
    </message>
    <message>
        <source>Says {answer}.</source>
        <translation>Réponse&#x202f;: {answer}.</translation>
    </message>
    <message>
        <source>The warm colours show where it looked.</source>
        <translation>Les couleurs chaudes montrent où il a regardé.</translation>
    </message>
</context>
<context>
    <name>ArchSettings</name>
    <message>
        <source>What to train</source>
        <translation>Réseaux à entraîner</translation>
    </message>
    <message>
        <source>Checked networks train one after another, in this order. Their settings:</source>
        <translation>Les réseaux cochés sont entraînés l’un après l’autre, dans cet ordre. Leurs réglages&#x202f;:</translation>
    </message>
    <message>
        <source>{network} — pretrained on ImageNet, or from scratch</source>
        <translation>{network} — pré-entraîné sur ImageNet, ou à partir de zéro</translation>
    </message>
    <message>
        <source>{network} — small and fast, trained from scratch</source>
        <translation>{network} — petit et rapide, entraîné à partir de zéro</translation>
    </message>
    <message>
        <source>Check at least one network to train.</source>
        <translation>Cochez au moins un réseau à entraîner.</translation>
    </message>
    <message>
        <source>{network}: {problem}</source>
        <translation>{network}&#x202f;: {problem}</translation>
    </message>
</context>
<context>
    <name>Architecture</name>
    <message>
        <source>Custom CNN</source>
        <extracomment>The networks&apos; names as the window shows them (architectures.TABLE&apos;s titles, marked here: that module is Qt-free and also feeds the CLI, which stays English). VGG16, ResNet50 and EfficientNet-Lite0 are names.</extracomment>
        <translation>CNN personnalisé</translation>
    </message>
    <message>
        <source>Compact CNN</source>
        <translation>CNN compact</translation>
    </message>
    <message>
        <source>Custom CNN (Fruits-360 style)</source>
        <translation>CNN personnalisé (style Fruits-360)</translation>
    </message>
    <message>
        <source>Compact CNN (BatchNorm, for real photos)</source>
        <translation>CNN compact (BatchNorm, pour de vraies photos)</translation>
    </message>
    <message>
        <source>EfficientNet-Lite0 (pretrained, fast)</source>
        <translation>EfficientNet-Lite0 (pré-entraîné, rapide)</translation>
    </message>
</context>
<context>
    <name>BestModelRow</name>
    <message>
        <source>Open Best in Classify</source>
        <translation>Ouvrir le meilleur dans Classer</translation>
    </message>
    <message>
        <source>The best trial&apos;s model is kept in the library; the others are deleted</source>
        <translation>Le modèle du meilleur essai est conservé dans la bibliothèque&#x202f;; les autres sont supprimés</translation>
    </message>
    <message>
        <source>Open Best in Compare</source>
        <translation>Ouvrir le meilleur dans Comparer</translation>
    </message>
    <message>
        <source>Tick the best trial&apos;s model in Compare (with the study&apos;s test folder, if any), to measure it against other models</source>
        <translation>Cocher le modèle du meilleur essai dans Comparer (avec le dossier de test de l’étude, s’il y en a un) pour le mesurer à d’autres modèles</translation>
    </message>
    <message>
        <source>The best model “{name}” cannot be opened here: {reason} (a study shared with another machine keeps it in the library of the machine that trained it).</source>
        <translation>Le meilleur modèle «&#xa0;{name}&#xa0;» ne peut pas être ouvert ici&#x202f;: {reason} (une étude partagée avec une autre machine le conserve dans la bibliothèque de la machine qui l’a entraîné).</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>Every camera this computer reports, or a video file played as a camera</source>
        <translation>Toutes les caméras signalées par cet ordinateur, ou un fichier vidéo lu comme une caméra</translation>
    </message>
    <message>
        <source>front</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>arrière</translation>
    </message>
    <message>
        <source>{camera} ({position})</source>
        <translation>{camera} ({position})</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Fichier vidéo…</translation>
    </message>
    <message>
        <source>{name} (video)</source>
        <translation>{name} (vidéo)</translation>
    </message>
</context>
<context>
    <name>ClassBars</name>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
</context>
<context>
    <name>ClassifyJobs</name>
    <message>
        <source>Looking for images…</source>
        <translation>Recherche d’images…</translation>
    </message>
    <message>
        <source>Loading the model “{name}”…</source>
        <translation>Chargement du modèle «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Classified {done} of {total}</source>
        <translation>Classées&#x202f;: {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>ClassifyPage</name>
    <message>
        <source>There is no model to classify with yet: train one on the Train page, or import a .keras file on the Models page.</source>
        <translation>Il n’y a pas encore de modèle pour classer&#x202f;: entraînez-en un dans la page Entraîner, ou importez un fichier .keras dans la page Modèles.</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>Ouvrir des images…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>Retirer tous les résultats de la liste</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#x202f;:</translation>
    </message>
    <message>
        <source>Not one of mine:</source>
        <translation>Aucun des miens&#x202f;:</translation>
    </message>
    <message>
        <source>Pasted picture {number}</source>
        <translation>Image collée {number}</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no image files: copy a photo or a file first.</source>
        <translation>Le presse-papiers ne contient ni image ni fichier image&#x202f;: copiez d’abord une photo ou un fichier.</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Ouvrir des images</translation>
    </message>
    <message>
        <source>Open Folder of Images</source>
        <translation>Ouvrir un dossier d’images</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Classification stopped: {reason}</source>
        <translation>Classement arrêté&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>There are no results to export yet: drop some photos first.</source>
        <translation>Aucun résultat à exporter pour l’instant&#x202f;: déposez d’abord des photos.</translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation>Exporter les résultats en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>Impossible d’écrire {path}&#x202f;: {reason}. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Quit FruitClassifier</source>
        <translation>Quitter FruitClassifier</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Train on several machines</source>
        <translation>Entraîner sur plusieurs machines</translation>
    </message>
    <message>
        <source>e.g. {example} (HOST or HOST:PORT)</source>
        <translation>p. ex. {example} (HÔTE ou HÔTE:PORT)</translation>
    </message>
    <message>
        <source>Start as Chief</source>
        <translation>Démarrer comme machine principale</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>This machine&apos;s address (the chief):</source>
        <translation>Adresse de cette machine (la principale)&#x202f;:</translation>
    </message>
    <message>
        <source>Port (open it on every machine):</source>
        <translation>Port (à ouvrir sur chaque machine)&#x202f;:</translation>
    </message>
    <message>
        <source>The other machines:</source>
        <translation>Les autres machines&#x202f;:</translation>
    </message>
    <message>
        <source>Run on each other machine (same data folder, same app version):</source>
        <translation>À lancer sur chacune des autres machines (même dossier de données, même version de l’application)&#x202f;:</translation>
    </message>
    <message>
        <source># on {host}</source>
        <translation># sur {host}</translation>
    </message>
    <message>
        <source>(name the other machines above)</source>
        <translation>(indiquez les autres machines ci-dessus)</translation>
    </message>
    <message>
        <source>{host} can only be reached from this machine: type this machine&apos;s network address above, so the others can dial it.</source>
        <translation>{host} n’est joignable que depuis cette machine&#x202f;: saisissez ci-dessus l’adresse réseau de cette machine, pour que les autres puissent s’y connecter.</translation>
    </message>
    <message>
        <source>Start the chief here, then the commands above on the other machines.</source>
        <translation>Démarrez la machine principale ici, puis les commandes ci-dessus sur les autres machines.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the other %n worker(s) to join: start the commands above on them…</source>
        <translation>
            <numerusform>En attente de %n autre machine&#x202f;: lancez-y les commandes ci-dessus…</numerusform>
            <numerusform>En attente des %n autres machines&#x202f;: lancez-y les commandes ci-dessus…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>All {count} workers joined; training.</source>
        <translation>Les {count} machines sont connectées&#x202f;; entraînement en cours.</translation>
    </message>
    <message>
        <source>Done: saved as {name}.</source>
        <translation>Terminé&#x202f;: enregistré sous {name}.</translation>
    </message>
    <message>
        <source>The chief ended with status {code}; its log is below.</source>
        <translation>La machine principale s’est arrêtée avec le code {code}&#x202f;; son journal figure ci-dessous.</translation>
    </message>
</context>
<context>
    <name>CompareJobs</name>
    <message>
        <source>Listing the test images…</source>
        <translation>Liste des images de test…</translation>
    </message>
    <message>
        <source>Evaluating {model} ({number} of {count}): {done} of {total} images</source>
        <translation>Évaluation de {model} ({number} sur {count})&#x202f;: {done} images sur {total}</translation>
    </message>
    <message>
        <source>Loading {model} ({number} of {count})…</source>
        <translation>Chargement de {model} ({number} sur {count})…</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>Interrogation de {model}…</translation>
    </message>
    <message>
        <source>Grad-CAM follows…</source>
        <translation>Grad-CAM à suivre…</translation>
    </message>
    <message>
        <source>Grad-CAM for {model}…</source>
        <translation>Grad-CAM pour {model}…</translation>
    </message>
    <message>
        <source>No Grad-CAM for this model ({error})</source>
        <translation>Pas de Grad-CAM pour ce modèle ({error})</translation>
    </message>
    <message>
        <source>Grad-CAM is flat: at this input size the model&apos;s last feature map is too coarse to show where it looked.</source>
        <translation>La carte Grad-CAM est uniforme&#x202f;: à cette taille d’entrée, la dernière carte de caractéristiques du modèle est trop grossière pour montrer où il a regardé.</translation>
    </message>
    <message>
        <source>Drawing the report figures…</source>
        <translation>Création des figures du rapport…</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Tick two or more models on the left, choose a test folder they were not trained on, and press Compare. You will see which model is more accurate, faster and smaller, whether either overfits, where each goes wrong, and where each one looks in a photo. Results are remembered, so the same comparison opens instantly next time.</source>
        <translation>Cochez au moins deux modèles à gauche, choisissez un dossier de test sur lequel ils n’ont pas été entraînés, puis cliquez sur Comparer. Vous verrez quel modèle est le plus exact, le plus rapide et le plus léger, si l’un d’eux fait du surapprentissage, où chacun se trompe et où chacun regarde dans une photo. Les résultats sont mémorisés&#x202f;: la même comparaison s’ouvrira instantanément la prochaine fois.</translation>
    </message>
    <message>
        <source>Press Compare to evaluate the ticked models on this folder.</source>
        <translation>Cliquez sur Comparer pour évaluer les modèles cochés sur ce dossier.</translation>
    </message>
    <message>
        <source>Click a cell to see its images.</source>
        <translation>Cliquez sur une cellule pour voir ses images.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <source>Per-Class F1</source>
        <translation>F1 par classe</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Try a Photo</source>
        <translation>Essayer une photo</translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation>Comparer des modèles côte à côte</translation>
    </message>
    <message>
        <source>Tick at least two models to compare</source>
        <translation>Cochez au moins deux modèles à comparer</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>Comparison cancelled; models evaluated before the stop are cached for next time.</source>
        <translation>Comparaison annulée&#x202f;; les modèles évalués avant l’arrêt sont mis en cache pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Could not compare: {reason}</source>
        <translation>Impossible de comparer&#x202f;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{model}: %n image(s) of {true} recognised correctly</source>
        <translation>
            <numerusform>{model}&#x202f;: %n image de {true} reconnue correctement</numerusform>
            <numerusform>{model}&#x202f;: %n images de {true} reconnues correctement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{model}: %n image(s) of {true} taken for {predicted}</source>
        <translation>
            <numerusform>{model}&#x202f;: %n image de {true} prise pour {predicted}</numerusform>
            <numerusform>{model}&#x202f;: %n images de {true} prises pour {predicted}</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one model first.</source>
        <translation>Cochez d’abord au moins un modèle.</translation>
    </message>
    <message>
        <source>Save the Report in…</source>
        <translation>Enregistrer le rapport dans…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Report written to {folder} — &lt;a href=&apos;{url}&apos;&gt;open the folder&lt;/a&gt;</source>
        <translation>Rapport écrit dans {folder} — &lt;a href=&apos;{url}&apos;&gt;ouvrir le dossier&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Could not write the report: {reason}</source>
        <translation>Impossible d’écrire le rapport&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>{count} test images in {folder}.</source>
        <translation>{count} images de test dans {folder}.</translation>
    </message>
    <message>
        <source>All results from the cache (same model files, same images).</source>
        <translation>Tous les résultats viennent du cache (mêmes fichiers de modèle, mêmes images).</translation>
    </message>
    <message>
        <source>Cached: {models}.</source>
        <translation>En cache&#x202f;: {models}.</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Folder of class folders</source>
        <translation>Dossier contenant un dossier par classe</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Write report.md, metrics.json and the figures (as `compare --report DIR`)</source>
        <translation>Écrire report.md, metrics.json et les figures (comme `compare --report DIR`)</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Modèles à comparer</translation>
    </message>
    <message>
        <source>Test folder</source>
        <translation>Dossier de test</translation>
    </message>
    <message>
        <source>Choose a Test Folder</source>
        <translation>Choisir un dossier de test</translation>
    </message>
    <message>
        <source>The test split of {model}&apos;s data set.</source>
        <translation>La partie test du jeu de données de {model}.</translation>
    </message>
    <message>
        <source>Choose a folder of class folders that the models were not trained on.</source>
        <translation>Choisissez un dossier contenant un dossier par classe, sur lequel les modèles n’ont pas été entraînés.</translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#x202f;:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille d’image</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <source>Test folder</source>
        <translation>Dossier de test</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Freeze backbone</source>
        <translation>Geler le réseau de base</translation>
    </message>
    <message>
        <source>Fine-tune layers</source>
        <translation>Couches affinées</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Pénalité L2</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Arrêt anticipé</translation>
    </message>
    <message>
        <source>Reduce LR after</source>
        <translation>Réduire le taux après</translation>
    </message>
    <message>
        <source>Class weights</source>
        <translation>Poids des classes</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Mixed precision</source>
        <translation>Précision mixte</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Learn “not one of mine”</source>
        <translation>Apprendre «&#xa0;aucun des miens&#xa0;»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Retournement</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Luminosité</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Blur / noise</source>
        <translation>Flou / bruit</translation>
    </message>
    <message>
        <source>Backgrounds folder</source>
        <translation>Dossier d’arrière-plans</translation>
    </message>
    <message>
        <source>Background probability</source>
        <translation>Probabilité d’arrière-plan</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Epochs per trial</source>
        <translation>Époques par essai</translation>
    </message>
    <message>
        <source>Augment strength</source>
        <translation>Intensité d’augmentation</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
    </message>
    <message>
        <source>Pruner</source>
        <translation>Élagage</translation>
    </message>
    <message>
        <source>auto</source>
        <extracomment>Choices that are words rather than names (architectures, TensorFlow, PyTorch and &quot;tpe&quot; stay as they are).</extracomment>
        <translation>auto</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>ImageNet</source>
        <extracomment>VGG16/ResNet50 download ImageNet weights once; EfficientNet-Lite0&apos;s ship with the app (see the tooltip).</extracomment>
        <translation>ImageNet</translation>
    </message>
    <message>
        <source>None (from scratch)</source>
        <translation>Aucun (à partir de zéro)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>What an empty editor shows, taken from its help&apos;s &quot;(0: …)&quot; or &quot;(empty: …)&quot; (config_form._hint).</extracomment>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>généré</translation>
    </message>
    <message>
        <source>the Test/ beside the data, if any</source>
        <translation>le dossier Test/ à côté des données, s’il existe</translation>
    </message>
    <message>
        <source>a journal file in the app&apos;s data folder</source>
        <translation>un fichier journal dans le dossier de données de l’application</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>Confusion matrix: {title}</source>
        <translation>Matrice de confusion&#x202f;: {title}</translation>
    </message>
    <message numerus="yes">
        <source>{right} of {total} images on the diagonal (right), %n classes; click a cell to see its images</source>
        <translation>
            <numerusform>{right} images sur {total} sur la diagonale (correctes), %n classe&#x202f;; cliquez sur une cellule pour voir ses images</numerusform>
            <numerusform>{right} images sur {total} sur la diagonale (correctes), %n classes&#x202f;; cliquez sur une cellule pour voir ses images</numerusform>
        </translation>
    </message>
    <message>
        <source>true class</source>
        <translation>classe réelle</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>classe prédite</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} recognised correctly ({share} of {true})</source>
        <translation>
            <numerusform>%n image de {true} reconnue correctement ({share} de {true})</numerusform>
            <numerusform>%n images de {true} reconnues correctement ({share} de {true})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} taken for {predicted} ({share} of {true})</source>
        <translation>
            <numerusform>%n image de {true} prise pour {predicted} ({share} de {true})</numerusform>
            <numerusform>%n images de {true} prises pour {predicted} ({share} de {true})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} recognised correctly</source>
        <translation>
            <numerusform>%n image de {true} reconnue correctement</numerusform>
            <numerusform>%n images de {true} reconnues correctement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of {true} taken for {predicted}</source>
        <translation>
            <numerusform>%n image de {true} prise pour {predicted}</numerusform>
            <numerusform>%n images de {true} prises pour {predicted}</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see them</source>
        <translation>Cliquez pour les voir</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>{model} — accuracy {accuracy}</source>
        <translation>{model} — exactitude {accuracy}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
    <message numerus="yes">
        <source>Something went wrong that the app did not expect (%n error(s) so far): {error}

You can go on working; if something looks wrong, save your work and restart. To report it, copy the details below (and attach the log file: {log}).</source>
        <translation>
            <numerusform>Un problème inattendu est survenu (%n erreur jusqu’ici)&#x202f;: {error}

Vous pouvez continuer à travailler&#x202f;; si quelque chose semble anormal, enregistrez votre travail et redémarrez. Pour le signaler, copiez les détails ci-dessous (et joignez le fichier journal&#x202f;: {log}).</numerusform>
            <numerusform>Un problème inattendu est survenu (%n erreurs jusqu’ici)&#x202f;: {error}

Vous pouvez continuer à travailler&#x202f;; si quelque chose semble anormal, enregistrez votre travail et redémarrez. Pour le signaler, copiez les détails ci-dessous (et joignez le fichier journal&#x202f;: {log}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurvesOverlay</name>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>No training history is stored for these models</source>
        <translation>Aucun historique d’entraînement n’est enregistré pour ces modèles</translation>
    </message>
    <message>
        <source>Training: solid lines, filled dots · validation: dashed lines, open dots</source>
        <translation>Entraînement&#x202f;: traits pleins, points pleins · validation&#x202f;: traits pointillés, points vides</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
</context>
<context>
    <name>CurvesPlot</name>
    <message>
        <source>Loss</source>
        <extracomment>(key, title, series, legend offset): the legend sits where its curves usually are not.</extracomment>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>No training history stored for this model</source>
        <translation>Aucun historique d’entraînement enregistré pour ce modèle</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message numerus="yes">
        <source>%Ln files were not opened to look for damaged ones; any that cannot be read are skipped during training.</source>
        <translation>
            <numerusform>%Ln fichier n’a pas été ouvert pour rechercher les fichiers endommagés&#x202f;; ceux qui sont illisibles sont ignorés pendant l’entraînement.</numerusform>
            <numerusform>%Ln fichiers n’ont pas été ouverts pour rechercher les fichiers endommagés&#x202f;; ceux qui sont illisibles sont ignorés pendant l’entraînement.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the files in {folder} could be read as images (e.g. {file}: {reason}): choose a folder of photos.</source>
        <translation>Aucun des fichiers de {folder} n’a pu être lu comme une image (p. ex. {file}&#x202f;: {reason})&#x202f;: choisissez un dossier de photos.</translation>
    </message>
    <message>
        <source>None of the files in {folder} could be read as images: choose a folder of photos.</source>
        <translation>Aucun des fichiers de {folder} n’a pu être lu comme une image&#x202f;: choisissez un dossier de photos.</translation>
    </message>
    <message>
        <source>Only one class ({name}) has readable images: training needs at least two class folders with photos.</source>
        <translation>Une seule classe ({name}) contient des images lisibles&#x202f;: l’entraînement nécessite au moins deux dossiers de classe contenant des photos.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of photos per class</source>
        <translation>Un dossier avec un sous-dossier de photos par classe</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Validation split:</source>
        <translation>Part de validation&#x202f;:</translation>
    </message>
    <message>
        <source>Test folder:</source>
        <translation>Dossier de test&#x202f;:</translation>
    </message>
    <message>
        <source>Choose the training data folder</source>
        <translation>Choisir le dossier des données d’entraînement</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aucun dossier choisi pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable files (skipped):</source>
        <translation>Fichiers illisibles (ignorés)&#x202f;:</translation>
    </message>
    <message>
        <source>automatic: {folder}/</source>
        <translation>automatique&#x202f;: {folder}/</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>≈ %Ln images for validation</source>
        <translation>
            <numerusform>≈ %Ln image pour la validation</numerusform>
            <numerusform>≈ %Ln images pour la validation</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning the data folder…</source>
        <translation>Analyse du dossier de données…</translation>
    </message>
    <message>
        <source>Choose a data folder first.</source>
        <translation>Choisissez d’abord un dossier de données.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; images</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; image</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; classes</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; classe</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; classes</numerusform>
        </translation>
    </message>
    <message>
        <source>{images} in {classes}</source>
        <translation>{images} dans {classes}</translation>
    </message>
    <message>
        <source>{width}×{height} px</source>
        <translation>{width}×{height} px</translation>
    </message>
    <message>
        <source>training on {train}/, testing on {test}/</source>
        <translation>entraînement sur {train}/, test sur {test}/</translation>
    </message>
    <message>
        <source>&lt;i&gt;checking files…&lt;/i&gt;</source>
        <translation>&lt;i&gt;vérification des fichiers…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Computing Grad-CAM…</source>
        <translation>Calcul de la carte Grad-CAM…</translation>
    </message>
    <message>
        <source>Loading TensorFlow for Grad-CAM (only the first heat map waits for it, a few seconds to half a minute)…</source>
        <extracomment>The first heat map waits for TensorFlow to load (seconds; answers never do): say so, not just &quot;Computing&quot;.</extracomment>
        <translation>Chargement de TensorFlow pour Grad-CAM (seule la première carte thermique l’attend&#x202f;: de quelques secondes à une demi-minute)…</translation>
    </message>
    <message>
        <source>No Grad-CAM: {reason}</source>
        <translation>Pas de Grad-CAM&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>DisagreementGallery</name>
    <message>
        <source>Images any model gets wrong or the models disagree on</source>
        <extracomment>(key, what the filter box says: translated in the DisagreementGallery context)</extracomment>
        <translation>Images où un modèle se trompe ou où les modèles divergent</translation>
    </message>
    <message>
        <source>Images the models disagree on</source>
        <translation>Images sur lesquelles les modèles divergent</translation>
    </message>
    <message>
        <source>Images every model gets wrong</source>
        <translation>Images où tous les modèles se trompent</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#x202f;:</translation>
    </message>
    <message>
        <source>None of the {total} test images: the models agree and are right.</source>
        <translation>Aucune des {total} images de test&#x202f;: les modèles sont d’accord et ont raison.</translation>
    </message>
    <message>
        <source>{count} of {total} test images (showing the first {shown}); double-click one to see where each model looked</source>
        <translation>{count} images de test sur {total} (les {shown} premières affichées)&#x202f;; double-cliquez sur une image pour voir où chaque modèle a regardé</translation>
    </message>
    <message>
        <source>{count} of {total} test images; double-click one to see where each model looked</source>
        <translation>{count} images de test sur {total}&#x202f;; double-cliquez sur une image pour voir où chaque modèle a regardé</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop fruit photos here — or press Ctrl+O</source>
        <translation>Déposez des photos de fruits ici — ou appuyez sur Ctrl+O</translation>
    </message>
    <message>
        <source>Whole folders work too, and so does pasting a picture with Ctrl+V.</source>
        <translation>Vous pouvez aussi déposer des dossiers entiers, ou coller une image avec Ctrl+V.</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <extracomment>The image files the open dialogs offer (what core/data/images decodes).</extracomment>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Photos: drop photos or folders here to classify them</source>
        <translation>Photos&#x202f;: déposez ici des photos ou des dossiers pour les classer</translation>
    </message>
</context>
<context>
    <name>F1Bars</name>
    <message>
        <source>F1 per class (1.0 = every image of the class found, nothing else taken for it)</source>
        <translation>F1 par classe (1,0 = toutes les images de la classe trouvées, aucune autre prise pour elle)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Compare models to see how well each one does on every class</source>
        <translation>Comparez des modèles pour voir les résultats de chacun sur chaque classe</translation>
    </message>
</context>
<context>
    <name>Fruit</name>
    <message>
        <source>Red apple (10)</source>
        <translation>Pomme rouge (10)</translation>
    </message>
    <message>
        <source>Red apple (11)</source>
        <translation>Pomme rouge (11)</translation>
    </message>
    <message>
        <source>Red apple (12)</source>
        <translation>Pomme rouge (12)</translation>
    </message>
    <message>
        <source>Golden apple</source>
        <translation>Pomme Golden</translation>
    </message>
    <message>
        <source>Granny Smith apple</source>
        <translation>Pomme Granny Smith</translation>
    </message>
    <message>
        <source>Pink Lady apple</source>
        <translation>Pomme Pink Lady</translation>
    </message>
    <message>
        <source>Red Delicious apple</source>
        <translation>Pomme Red Delicious</translation>
    </message>
    <message>
        <source>Royal Gala apple</source>
        <translation>Pomme Royal Gala</translation>
    </message>
    <message>
        <source>Asparagus</source>
        <translation>Asperge</translation>
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
        <translation>Tomate cœur de bœuf</translation>
    </message>
    <message>
        <source>Brown cap mushroom</source>
        <translation>Champignon de Paris brun</translation>
    </message>
    <message>
        <source>Cabbage</source>
        <translation>Chou</translation>
    </message>
    <message>
        <source>Cantaloupe</source>
        <translation>Melon cantaloup</translation>
    </message>
    <message>
        <source>Carrot</source>
        <translation>Carotte</translation>
    </message>
    <message>
        <source>Cucumber</source>
        <translation>Concombre</translation>
    </message>
    <message>
        <source>Floury potato</source>
        <translation>Pomme de terre farineuse</translation>
    </message>
    <message>
        <source>Galia melon</source>
        <translation>Melon Galia</translation>
    </message>
    <message>
        <source>Garlic</source>
        <translation>Ail</translation>
    </message>
    <message>
        <source>Ginger</source>
        <translation>Gingembre</translation>
    </message>
    <message>
        <source>White grape</source>
        <translation>Raisin blanc</translation>
    </message>
    <message>
        <source>Green bell pepper</source>
        <translation>Poivron vert</translation>
    </message>
    <message>
        <source>Honeydew melon</source>
        <translation>Melon miel</translation>
    </message>
    <message>
        <source>Kiwi</source>
        <translation>Kiwi</translation>
    </message>
    <message>
        <source>Leek</source>
        <translation>Poireau</translation>
    </message>
    <message>
        <source>Lemon</source>
        <translation>Citron</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Citron vert</translation>
    </message>
    <message>
        <source>Mango</source>
        <translation>Mangue</translation>
    </message>
    <message>
        <source>Nectarine</source>
        <translation>Nectarine</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Orange bell pepper</source>
        <translation>Poivron orange</translation>
    </message>
    <message>
        <source>Papaya</source>
        <translation>Papaye</translation>
    </message>
    <message>
        <source>Peach</source>
        <translation>Pêche</translation>
    </message>
    <message>
        <source>Pineapple</source>
        <translation>Ananas</translation>
    </message>
    <message>
        <source>Beetroot</source>
        <translation>Betterave</translation>
    </message>
    <message>
        <source>Red bell pepper</source>
        <translation>Poivron rouge</translation>
    </message>
    <message>
        <source>Red grapefruit</source>
        <translation>Pamplemousse rose</translation>
    </message>
    <message>
        <source>Satsuma</source>
        <translation>Mandarine Satsuma</translation>
    </message>
    <message>
        <source>Waxy potato</source>
        <translation>Pomme de terre à chair ferme</translation>
    </message>
    <message>
        <source>Strawberry</source>
        <translation>Fraise</translation>
    </message>
    <message>
        <source>Sweet potato</source>
        <translation>Patate douce</translation>
    </message>
    <message>
        <source>Tomato</source>
        <translation>Tomate</translation>
    </message>
    <message>
        <source>Vine tomato</source>
        <translation>Tomate en grappe</translation>
    </message>
    <message>
        <source>Watermelon</source>
        <translation>Pastèque</translation>
    </message>
    <message>
        <source>Yellow bell pepper</source>
        <translation>Poivron jaune</translation>
    </message>
    <message>
        <source>Yellow onion</source>
        <translation>Oignon jaune</translation>
    </message>
    <message>
        <source>Zucchini</source>
        <translation>Courgette</translation>
    </message>
    <message>
        <source>Not one of my fruits</source>
        <translation>Aucun de mes fruits</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>true: {name}</source>
        <translation>réelle&#x202f;: {name}</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>True class: {name}</source>
        <translation>Classe réelle&#x202f;: {name}</translation>
    </message>
    <message>
        <source>{model}: {answer} ({probability})</source>
        <translation>{model}&#x202f;: {answer} ({probability})</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Selected photo</source>
        <translation>Photo sélectionnée</translation>
    </message>
</context>
<context>
    <name>ImportModelDialog</name>
    <message>
        <source>As the file says (Teachable Machine export, a scaling layer inside, uint8 quantisation)</source>
        <translation>Comme l’indique le fichier (export Teachable Machine, couche de mise à l’échelle intégrée, quantification uint8)</translation>
    </message>
    <message>
        <source>How the model&apos;s author fed it pixels; a wrong choice gives confident, wrong answers</source>
        <translation>Comment l’auteur du modèle lui fournissait les pixels&#x202f;; un mauvais choix donne des réponses assurées mais fausses</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>As the file says: {classes}</source>
        <translation>Comme l’indique le fichier&#x202f;: {classes}</translation>
    </message>
    <message>
        <source>From a file (labels.txt: &apos;0 Lemon&apos; or one name a line; or a .json list)</source>
        <translation>Depuis un fichier (labels.txt&#x202f;: «&#xa0;0 Citron&#xa0;» ou un nom par ligne&#x202f;; ou une liste .json)</translation>
    </message>
    <message>
        <source>Typed, separated by commas</source>
        <translation>Saisis à la main, séparés par des virgules</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>apple, banana, kiwi</source>
        <translation>pomme, banane, kiwi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was exported by this app from “{model}”: it carries its class names, its pixel scaling and its “not one of my fruits” answer.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; a été exporté par cette application depuis «&#xa0;{model}&#xa0;»&#x202f;: il contient ses noms de classes, sa mise à l’échelle des pixels et sa réponse «&#xa0;Aucun de mes fruits&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order (found {labels} beside it: {classes}):</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; a été créé en dehors de cette application. Indiquez ses noms de classes dans l’ordre des sorties ({labels} trouvé à côté&#x202f;: {classes})&#x202f;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order (found {labels} beside it):</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; a été créé en dehors de cette application. Indiquez ses noms de classes dans l’ordre des sorties ({labels} trouvé à côté)&#x202f;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; was made outside this app. Give its class names in output order:</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; a été créé en dehors de cette application. Indiquez ses noms de classes dans l’ordre des sorties&#x202f;:</translation>
    </message>
    <message>
        <source>Pixels scaled to:</source>
        <translation>Échelle des pixels&#x202f;:</translation>
    </message>
    <message>
        <source>Name in the library:</source>
        <translation>Nom dans la bibliothèque&#x202f;:</translation>
    </message>
    <message>
        <source>Class Names File</source>
        <translation>Fichier de noms de classes</translation>
    </message>
    <message>
        <source>Class names ({patterns})</source>
        <translation>Noms de classes ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
</context>
<context>
    <name>ImportanceBars</name>
    <message>
        <source>Which settings mattered</source>
        <translation>Réglages qui ont compté</translation>
    </message>
    <message>
        <source>Shown once {count} trials have finished with different settings</source>
        <translation>Affiché une fois que {count} essais se sont terminés avec des réglages différents</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>FruitClassifier speaks {language} from its next start.</source>
        <translation>Langue choisie&#x202f;: {language}. FruitClassifier l’utilisera à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Restarting now closes the window as Quit does: photos in Classify are not kept, a running training is asked about first.</source>
        <translation>Redémarrer maintenant ferme la fenêtre comme Quitter&#x202f;: les photos de Classer ne sont pas conservées, et une confirmation est demandée si un entraînement est en cours.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>LiveBars</name>
    <message>
        <source>Hold a fruit up to the camera</source>
        <translation>Présentez un fruit à la caméra</translation>
    </message>
    <message>
        <source>Not sure — maybe {label}</source>
        <translation>Pas sûr — peut-être {label}</translation>
    </message>
</context>
<context>
    <name>LiveCamera</name>
    <message>
        <source>No camera found.</source>
        <translation>Aucune caméra trouvée.</translation>
    </message>
    <message>
        <source>Plug one in, or open a video file instead.</source>
        <translation>Branchez-en une, ou ouvrez plutôt un fichier vidéo.</translation>
    </message>
    <message>
        <source>This app may not use the camera.</source>
        <translation>Cette application n’est pas autorisée à utiliser la caméra.</translation>
    </message>
    <message>
        <source>Allow it in the system settings (macOS: Privacy &amp; Security › Camera), then open the live view again.</source>
        <translation>Autorisez-la dans les réglages du système (macOS&#x202f;: Confidentialité et sécurité › Caméra), puis rouvrez la caméra en direct.</translation>
    </message>
    <message>
        <source>{camera} could not start ({reason}).</source>
        <translation>Impossible de démarrer {camera} ({reason}).</translation>
    </message>
    <message>
        <source>{camera} could not start.</source>
        <translation>Impossible de démarrer {camera}.</translation>
    </message>
    <message>
        <source>Close other apps that use the camera, then pick it again.</source>
        <translation>Fermez les autres applications qui utilisent la caméra, puis sélectionnez-la à nouveau.</translation>
    </message>
    <message>
        <source>{camera} was disconnected.</source>
        <translation>Connexion perdue avec {camera}.</translation>
    </message>
    <message>
        <source>Plug it back in, then pick it again.</source>
        <translation>Rebranchez la caméra, puis sélectionnez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>training, per batch</source>
        <extracomment>series name → (legend text or None, colour, pen style, width, symbol)</extracomment>
        <translation>entraînement, par lot</translation>
    </message>
    <message>
        <source>training, epoch mean</source>
        <translation>entraînement, moyenne par époque</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>training, smoothed</source>
        <extracomment>what the hover readout calls each series, and how far (in epochs) a point may be from the mouse</extracomment>
        <translation>entraînement, lissé</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>epoch {x}</source>
        <translation>époque {x}</translation>
    </message>
    <message>
        <source>{series}: {value}  (at {x})</source>
        <translation>{series}&#x202f;: {value}  (à {x})</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Add this picture to the results list (for This is… and Grad-CAM)</source>
        <translation>Ajouter cette image à la liste des résultats (pour C’est… et Grad-CAM)</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Caméra&#x202f;:</translation>
    </message>
    <message>
        <source>class, or a new name</source>
        <translation>classe, ou un nouveau nom</translation>
    </message>
    <message>
        <source>Hold to record</source>
        <translation>Maintenir pour enregistrer</translation>
    </message>
    <message>
        <source>While held, saves {rate} photos a second into the class, for Teach</source>
        <translation>Tant que le bouton est maintenu, enregistre {rate} photos par seconde dans la classe, pour Enseigner</translation>
    </message>
    <message>
        <source>Cameras are unavailable here ({reason}). Open a video file instead.</source>
        <translation>Caméras indisponibles ici ({reason}). Ouvrez plutôt un fichier vidéo.</translation>
    </message>
    <message>
        <source>Starting {name}…</source>
        <translation>Démarrage de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n photo(s) of “{name}” for teaching. Press Teach to teach the model.</source>
        <translation>
            <numerusform>%n photo de «&#xa0;{name}&#xa0;» enregistrée pour l’enseignement. Cliquez sur Enseigner pour l’enseigner au modèle.</numerusform>
            <numerusform>%n photos de «&#xa0;{name}&#xa0;» enregistrées pour l’enseignement. Cliquez sur Enseigner pour les enseigner au modèle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n enregistrée</numerusform>
            <numerusform>%n enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Vidéos ({patterns})</translation>
    </message>
    <message>
        <source>Teach:</source>
        <translation>Enseigner&#x202f;:</translation>
    </message>
    <message>
        <source>The video has ended. Pick a camera or open another video.</source>
        <translation>La vidéo est terminée. Choisissez une caméra ou ouvrez une autre vidéo.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>Ouvrir une vidéo</translation>
    </message>
    <message>
        <source>Live Camera — FruitClassifier</source>
        <translation>Caméra en direct — FruitClassifier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete / Backspace</source>
        <translation>Suppr / Retour arrière</translation>
    </message>
    <message>
        <source>Remove the selected results (Classify)</source>
        <translation>Retirer les résultats sélectionnés (Classer)</translation>
    </message>
    <message>
        <source>Rename the selected model (Models)</source>
        <translation>Renommer le modèle sélectionné (Modèles)</translation>
    </message>
    <message>
        <source>Double-click a model</source>
        <translation>Double-clic sur un modèle</translation>
    </message>
    <message>
        <source>Open it in Classify</source>
        <translation>L’ouvrir dans Classer</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Tune</source>
        <translation>Optimiser</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>Ouvrir des images…</translation>
    </message>
    <message>
        <source>Classify photos from files</source>
        <translation>Classer des photos à partir de fichiers</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Classify every photo in a folder and its sub-folders</source>
        <translation>Classer toutes les photos d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>Live Camera…</source>
        <translation>Caméra en direct…</translation>
    </message>
    <message>
        <source>Hold a fruit up to a camera, or play a video as one: snapshot, record samples to teach</source>
        <translation>Présenter un fruit à une caméra, ou lire une vidéo comme caméra&#x202f;: instantanés, enregistrement d’exemples à enseigner</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir récent</translation>
    </message>
    <message>
        <source>Import Model…</source>
        <translation>Importer un modèle…</translation>
    </message>
    <message>
        <source>Add a .keras model to the library</source>
        <translation>Ajouter un modèle .keras à la bibliothèque</translation>
    </message>
    <message>
        <source>Export Results as CSV…</source>
        <translation>Exporter les résultats en CSV…</translation>
    </message>
    <message>
        <source>Save the Classify results as a spreadsheet</source>
        <translation>Enregistrer les résultats de Classer sous forme de tableur</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About FruitClassifier</source>
        <translation>À propos de FruitClassifier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Annuler la dernière suppression</translation>
    </message>
    <message>
        <source>Copy Results</source>
        <translation>Copier les résultats</translation>
    </message>
    <message>
        <source>Copy the selected Classify results as text (all of them when none is selected)</source>
        <translation>Copier les résultats sélectionnés de Classer sous forme de texte (tous si aucun n’est sélectionné)</translation>
    </message>
    <message>
        <source>Paste Images</source>
        <translation>Coller des images</translation>
    </message>
    <message>
        <source>Classify a copied picture or copied image files</source>
        <translation>Classer une image copiée ou des fichiers image copiés</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every result</source>
        <translation>Sélectionner tous les résultats</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected results (Classify) or delete the model (Models)</source>
        <translation>Retirer les résultats sélectionnés (Classer) ou supprimer le modèle (Modèles)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n result(s)</source>
        <translation>
            <numerusform>%n résultat copié</numerusform>
            <numerusform>%n résultats copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no results to copy</source>
        <translation>Il n’y a aucun résultat à copier</translation>
    </message>
    <message>
        <source>Copy Results copies the Classify view&apos;s results</source>
        <translation>Copier les résultats copie les résultats de la vue Classer</translation>
    </message>
    <message>
        <source>Moved to the trash: Edit › Undo brings it back</source>
        <translation>Déplacé dans la corbeille&#x202f;: Édition › Annuler le restaure</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>As the Desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Answers: {runtime} · CPU</source>
        <translation>Réponses&#x202f;: {runtime} · CPU</translation>
    </message>
    <message>
        <source>Photos are answered without TensorFlow; it loads when training, Grad-CAM or export first needs it</source>
        <translation>Les photos reçoivent leur réponse sans TensorFlow&#x202f;; il se charge dès que l’entraînement, Grad-CAM ou l’export en a besoin</translation>
    </message>
    <message>
        <source>Bring the model just deleted back from the trash</source>
        <translation>Restaurer depuis la corbeille le modèle qui vient d’être supprimé</translation>
    </message>
    <message>
        <source>Training runs on: {device}; photos are answered by LiteRT on the CPU</source>
        <translation>L’entraînement s’exécute sur&#x202f;: {device}&#x202f;; les réponses aux photos sont calculées par LiteRT sur le CPU</translation>
    </message>
    <message>
        <source>TensorFlow unavailable</source>
        <translation>TensorFlow indisponible</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>Arrêt des tâches en arrière-plan…</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Overfitting: try more data, augmentation, dropout or fewer epochs</source>
        <extracomment>Row order (the CLI table&apos;s columns, the name being the column header here).</extracomment>
        <translation>Surapprentissage&#x202f;: essayez plus de données, l’augmentation de données, le dropout ou moins d’époques</translation>
    </message>
    <message>
        <source>Fails on validation from the start (not overfitting): check the data split, preprocessing or BatchNorm</source>
        <translation>Échoue en validation dès le départ (pas de surapprentissage)&#x202f;: vérifiez la séparation des données, le prétraitement ou la BatchNorm</translation>
    </message>
    <message>
        <source>The network architecture</source>
        <translation>L’architecture du réseau</translation>
    </message>
    <message>
        <source>Share of the test images answered correctly (higher is better)</source>
        <translation>Part des images de test bien classées (plus c’est élevé, mieux c’est)</translation>
    </message>
    <message>
        <source>F1 averaged over the classes, so a model that ignores a small class scores low (higher is better)</source>
        <translation>F1 moyenné sur les classes&#x202f;: un modèle qui ignore une petite classe obtient un score faible (plus c’est élevé, mieux c’est)</translation>
    </message>
    <message>
        <source>Cross-entropy on this folder: mean −log(probability given to the right class) over every image (lower is better)</source>
        <translation>Entropie croisée sur ce dossier&#x202f;: moyenne de −log(probabilité donnée à la bonne classe) sur toutes les images (plus c’est bas, mieux c’est)</translation>
    </message>
    <message>
        <source>Number of weights in the network (fewer is lighter)</source>
        <translation>Nombre de poids du réseau (moins il y en a, plus il est léger)</translation>
    </message>
    <message>
        <source>Size of the model file (smaller is better)</source>
        <translation>Taille du fichier du modèle (plus c’est petit, mieux c’est)</translation>
    </message>
    <message>
        <source>Time to classify one test image on this computer, decoding included (lower is faster)</source>
        <translation>Temps pour classer une image de test sur cet ordinateur, décodage compris (plus c’est bas, plus c’est rapide)</translation>
    </message>
    <message>
        <source>How long training took</source>
        <translation>Durée de l’entraînement</translation>
    </message>
    <message>
        <source>Passes over the training data</source>
        <translation>Passes sur les données d’entraînement</translation>
    </message>
    <message>
        <source>Best validation accuracy seen during training (higher is better)</source>
        <translation>Meilleure exactitude de validation obtenue pendant l’entraînement (plus c’est élevé, mieux c’est)</translation>
    </message>
    <message>
        <source>Best validation accuracy minus accuracy on this folder. Red above {limit}: the model learned its training photos and does not carry over to these (overfitting)</source>
        <translation>Meilleure exactitude de validation moins l’exactitude sur ce dossier. En rouge au-delà de {limit}&#x202f;: le modèle a appris ses photos d’entraînement et ne se généralise pas à celles-ci (surapprentissage)</translation>
    </message>
    <message>
        <source>Training minus validation accuracy in the last epoch. Red above {limit} when the model overfits (validation loss rising) or fails on validation from the start</source>
        <translation>Exactitude d’entraînement moins exactitude de validation à la dernière époque. En rouge au-delà de {limit} quand le modèle fait du surapprentissage (perte de validation en hausse) ou échoue en validation dès le départ</translation>
    </message>
    <message>
        <source>{model}: {metric} {value}</source>
        <translation>{model}&#x202f;: {metric} {value}</translation>
    </message>
    <message>
        <source>Best of the {count} models</source>
        <translation>Meilleur des {count} modèles</translation>
    </message>
</context>
<context>
    <name>ModelAnswers</name>
    <message>
        <source>Drop a fruit photo here to see every model&apos;s answer and where it looked</source>
        <translation>Déposez ici une photo de fruit pour voir la réponse de chaque modèle et où il a regardé</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <source>Drop a photo on this tab, or choose one; double-click a thumbnail in the other tabs to bring it here.</source>
        <translation>Déposez une photo sur cet onglet ou choisissez-en une&#x202f;; double-cliquez sur une miniature dans les autres onglets pour l’amener ici.</translation>
    </message>
    <message>
        <source>Each model gives its top three answers and a Grad-CAM heat map.</source>
        <translation>Chaque modèle donne ses trois meilleures réponses et une carte thermique Grad-CAM.</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Choisir une photo</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Bundled with the app (read-only)</source>
        <translation>Fourni avec l’application (lecture seule)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
    <message>
        <source>Imported {format} ({file}), pixels scaled {scaling} ({scaling_from})</source>
        <translation>Importé ({format}, {file}), échelle des pixels {scaling} ({scaling_from})</translation>
    </message>
    <message>
        <source>{folder} (on the computer that built this model)</source>
        <translation>{folder} (sur l’ordinateur qui a créé ce modèle)</translation>
    </message>
    <message>
        <source>{folder} (not on this computer)</source>
        <translation>{folder} (absent de cet ordinateur)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>{size}×{size} px</source>
        <translation>{size}×{size} px</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Epochs trained</source>
        <translation>Époques entraînées</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Durée d’entraînement</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entraîné sur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Cannot be opened:</source>
        <translation>Ne peut pas être ouvert&#x202f;:</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Réglages d’entraînement</translation>
    </message>
    <message>
        <source>Class names ({count})</source>
        <translation>Noms des classes ({count})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Select a model to see what it knows and how it was trained.</source>
        <translation>Sélectionnez un modèle pour voir ce qu’il connaît et comment il a été entraîné.</translation>
    </message>
    <message>
        <source>Accuracy on held-out real photos</source>
        <translation>Exactitude sur des photos réelles mises de côté</translation>
    </message>
    <message>
        <source>Held-out real photos</source>
        <translation>Photos réelles mises de côté</translation>
    </message>
    <message>
        <source>Same, exact variety</source>
        <translation>Idem, variété exacte</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitude de test</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>Images de test</translation>
    </message>
    <message>
        <source>Own fruit called “not one of mine”</source>
        <translation>Ses propres fruits dits «&#xa0;aucun des miens&#xa0;»</translation>
    </message>
    <message>
        <source>Packaged goods refused</source>
        <translation>Produits emballés refusés</translation>
    </message>
    <message>
        <source>Fruit-free photos refused</source>
        <translation>Photos sans fruit refusées</translation>
    </message>
    <message>
        <source>Unseen fruit refused</source>
        <translation>Fruits inconnus refusés</translation>
    </message>
    <message>
        <source>AUROC known vs unseen fruit</source>
        <translation>AUROC fruits connus contre inconnus</translation>
    </message>
    <message>
        <source>Largest share of wrong answers one label takes</source>
        <translation>Plus grande part des mauvaises réponses prise par une seule étiquette</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Exactitude de validation</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <source>Training–validation gap</source>
        <translation>Écart entraînement–validation</translation>
    </message>
    <message>
        <source>Accuracy on generated scenes</source>
        <translation>Exactitude sur des scènes générées</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>Poids de départ</translation>
    </message>
    <message>
        <source>Backbone frozen</source>
        <translation>Réseau de base gelé</translation>
    </message>
    <message>
        <source>Fine-tuned layers</source>
        <translation>Couches affinées</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Pénalité L2</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>No model yet: train one or import a .keras file</source>
        <translation>Pas encore de modèle&#x202f;: entraînez-en un ou importez un fichier .keras</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Bundled models come with the app and are read-only: import or train a copy to change one.</source>
        <translation>Les modèles fournis sont livrés avec l’application et sont en lecture seule&#x202f;: importez ou entraînez une copie pour en modifier un.</translation>
    </message>
    <message>
        <source>This folder cannot be opened: {problem} You can delete it or show it in its folder.</source>
        <translation>Ce dossier ne peut pas être ouvert&#x202f;: {problem} Vous pouvez le supprimer ou l’afficher dans son dossier.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <source>Cannot be opened</source>
        <translation>Ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Personnel</translation>
    </message>
</context>
<context>
    <name>ModelTableModel</name>
    <message numerus="yes">
        <source>%n classes + not one of mine</source>
        <translation>
            <numerusform>%n classe + aucun des miens</numerusform>
            <numerusform>%n classes + aucun des miens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n classe</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelWords</name>
    <message>
        <source>{percent} on Fruits-360 Test</source>
        <translation>{percent} sur le test Fruits-360</translation>
    </message>
    <message>
        <source>{percent} on test set</source>
        <translation>{percent} sur le jeu de test</translation>
    </message>
    <message>
        <source>{percent} on validation</source>
        <translation>{percent} en validation</translation>
    </message>
    <message>
        <source>{percent} on held-out real shop photos</source>
        <translation>{percent} sur des photos réelles de magasin mises de côté</translation>
    </message>
    <message>
        <source>{percent} on real photos</source>
        <translation>{percent} sur des photos réelles</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>{names}, … ({count} more)</source>
        <translation>{names}, … ({count} de plus)</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>fourni avec l’application</translation>
    </message>
    <message>
        <source>your model</source>
        <translation>votre modèle</translation>
    </message>
    <message>
        <source>Architecture: {arch}; input {size}×{size} px</source>
        <translation>Architecture&#x202f;: {arch}&#x202f;; entrée {size}×{size} px</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}</source>
        <translation>Exactitude&#x202f;: {accuracy}</translation>
    </message>
    <message>
        <source>Accuracy: not measured</source>
        <translation>Exactitude&#x202f;: non mesurée</translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation>Création&#x202f;: {date}</translation>
    </message>
    <message>
        <source>Classes ({count}): {names}</source>
        <translation>Classes ({count})&#x202f;: {names}</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Dossier&#x202f;: {path}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Import Model…</source>
        <translation>Importer un modèle…</translation>
    </message>
    <message>
        <source>Add a model made elsewhere to the library: a .keras, .h5 or .tflite file, or a SavedModel folder (its saved_model.pb)</source>
        <translation>Ajouter à la bibliothèque un modèle créé ailleurs&#x202f;: un fichier .keras, .h5 ou .tflite, ou un dossier SavedModel (son saved_model.pb)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Give the selected model a new name</source>
        <translation>Donner un nouveau nom au modèle sélectionné</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Move the selected model to the trash (asks first; Edit › Undo brings it back)</source>
        <translation>Déplacer le modèle sélectionné dans la corbeille (demande confirmation&#x202f;; Édition › Annuler le restaure)</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the model&apos;s folder</source>
        <translation>Ouvrir le dossier du modèle</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the selected model in a format other tools can run</source>
        <translation>Enregistrer le modèle sélectionné dans un format utilisable par d’autres outils</translation>
    </message>
    <message>
        <source>As TensorFlow SavedModel…</source>
        <translation>En SavedModel TensorFlow…</translation>
    </message>
    <message>
        <source>As TFLite (for phones)…</source>
        <translation>En TFLite (pour téléphones)…</translation>
    </message>
    <message>
        <source>Open in Classify</source>
        <translation>Ouvrir dans Classer</translation>
    </message>
    <message>
        <source>Classify photos with the selected model</source>
        <translation>Classer des photos avec le modèle sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected model from the library</source>
        <translation>Supprimer le modèle sélectionné de la bibliothèque</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>«&#xa0;{old}&#xa0;» renommé en «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <source>Delete Model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Move “{name}” and its files to the trash? Edit › Undo brings it back.</source>
        <translation>Déplacer «&#xa0;{name}&#xa0;» et ses fichiers dans la corbeille&#x202f;? Édition › Annuler le restaure.</translation>
    </message>
    <message>
        <source>Undo Delete “{name}”</source>
        <translation>Annuler la suppression de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Deleted “{name}” (moved to the trash: Edit › Undo brings it back).</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé (déplacé dans la corbeille&#x202f;: Édition › Annuler le restaure).</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>{reason}.

Delete “{name}” for good? It cannot be brought back.</source>
        <translation>{reason}.

Supprimer définitivement «&#xa0;{name}&#xa0;»&#x202f;? Il ne pourra pas être restauré.</translation>
    </message>
    <message>
        <source>“{name}” is back in the library.</source>
        <translation>«&#xa0;{name}&#xa0;» est de retour dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Could not open a file manager; the model is in {folder}</source>
        <translation>Impossible d’ouvrir un gestionnaire de fichiers&#x202f;; le modèle se trouve dans {folder}</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Models ({patterns})</source>
        <translation>Modèles ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Imported “{name}” ({classes}).</source>
        <translation>«&#xa0;{name}&#xa0;» importé ({classes}).</translation>
    </message>
    <message>
        <source>Export SavedModel Into Folder</source>
        <translation>Exporter le SavedModel dans un dossier</translation>
    </message>
    <message>
        <source>Export TFLite Model</source>
        <translation>Exporter le modèle TFLite</translation>
    </message>
    <message>
        <source>TFLite models ({patterns})</source>
        <translation>Modèles TFLite ({patterns})</translation>
    </message>
    <message>
        <source>Exporting “{name}” as {format}…</source>
        <translation>Exportation de «&#xa0;{name}&#xa0;» au format {format}…</translation>
    </message>
    <message>
        <source>Exported “{name}” as {format} to {path}. It gives the same answers as the original on {count} sample photos (largest difference {difference}).</source>
        <translation>«&#xa0;{name}&#xa0;» exporté au format {format} vers {path}. Il donne les mêmes réponses que l’original sur {count} photos d’exemple (plus grand écart&#x202f;: {difference}).</translation>
    </message>
    <message>
        <source>{task} (waiting for TensorFlow to load)</source>
        <translation>{task} (en attente du chargement de TensorFlow)</translation>
    </message>
</context>
<context>
    <name>PathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
</context>
<context>
    <name>ProbBars</name>
    <message>
        <source>Top answers</source>
        <translation>Meilleures réponses</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>{help}: the lowest value tried (equal ends fix it)</source>
        <translation>{help}&#x202f;: la plus petite valeur essayée (deux bornes égales la fixent)</translation>
    </message>
    <message>
        <source>{help}: the highest value tried (equal ends fix it)</source>
        <translation>{help}&#x202f;: la plus grande valeur essayée (deux bornes égales la fixent)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Classify it again</source>
        <translation>Classer à nouveau</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modèle&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Classify with this model</source>
        <translation>Classer avec ce modèle</translation>
    </message>
    <message>
        <source>No Recent Items</source>
        <translation>Aucun élément récent</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Effacer le menu</translation>
    </message>
    <message>
        <source>“{name}” is no longer in the library</source>
        <translation>«&#xa0;{name}&#xa0;» n’est plus dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>RefusalPicker</name>
    <message>
        <source>Rarely</source>
        <translation>Rarement</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Readily</source>
        <translation>Volontiers</translation>
    </message>
    <message>
        <source>own fruit refused {percent}</source>
        <extracomment>(metadata key, how the tooltip words its figure) for each level&apos;s measured refusals.</extracomment>
        <translation>ses propres fruits refusés&#x202f;: {percent}</translation>
    </message>
    <message>
        <source>unknown fruit refused {percent}</source>
        <translation>fruits inconnus refusés&#x202f;: {percent}</translation>
    </message>
    <message>
        <source>packaged goods refused {percent}</source>
        <translation>produits emballés refusés&#x202f;: {percent}</translation>
    </message>
    <message>
        <source>How readily to answer “Not one of my fruits” for a photo the model is unsure shows one of its fruits.</source>
        <translation>Avec quelle facilité répondre «&#xa0;Aucun de mes fruits&#xa0;» lorsque le modèle n’est pas sûr qu’une photo montre l’un de ses fruits.</translation>
    </message>
    <message>
        <source>This model has one threshold: the setting does not apply to it.</source>
        <translation>Ce modèle n’a qu’un seul seuil&#x202f;: ce réglage ne s’applique pas à lui.</translation>
    </message>
    <message>
        <source>{level}: {figures}</source>
        <translation>{level}&#x202f;: {figures}</translation>
    </message>
    <message>
        <source>measured threshold</source>
        <translation>seuil mesuré</translation>
    </message>
    <message>
        <source>{level} (the model&apos;s default)</source>
        <translation>{level} (valeur par défaut du modèle)</translation>
    </message>
    <message>
        <source>Figures: real shop photos held out from training.</source>
        <translation>Chiffres&#x202f;: photos réelles de magasin mises de côté lors de l’entraînement.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>Not sure</source>
        <extracomment>The badge on a result row for each state that needs one.</extracomment>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <source>Not one of mine</source>
        <translation>Aucun des miens</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <extracomment>The narrowest row that still shows a name, its bars and &quot;100,0 %&quot;: Classify&apos;s list keeps at least this width (longer languages widen the panes beside it); rows take the view&apos;s width (no sideways scrolling).</extracomment>
        <translation>Illisible&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Classement…</translation>
    </message>
</context>
<context>
    <name>ResultDetail</name>
    <message>
        <source>Show where the model looked (Grad-CAM)</source>
        <translation>Montrer où le modèle a regardé (Grad-CAM)</translation>
    </message>
    <message>
        <source>Colours the parts of the picture that pushed the model towards its answer (red: strong, blue: weak). Shown on the square crop the model sees.</source>
        <translation>Colore les zones de l’image qui ont poussé le modèle vers sa réponse (rouge&#x202f;: fort, bleu&#x202f;: faible). Affiché sur le recadrage carré que voit le modèle.</translation>
    </message>
    <message>
        <source>No photo selected</source>
        <translation>Aucune photo sélectionnée</translation>
    </message>
    <message>
        <source>Select a result to see it larger, with its top three answers.</source>
        <translation>Sélectionnez un résultat pour l’afficher en plus grand, avec ses trois meilleures réponses.</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <source>Could not read: {reason}</source>
        <translation>Illisible&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{name} — classifying…</source>
        <translation>{name} — classement…</translation>
    </message>
    <message>
        <source>{unknown} (closest: {label})</source>
        <translation>{unknown} (classe la plus proche&#x202f;: {label})</translation>
    </message>
    <message>
        <source>Not sure — maybe {label}</source>
        <translation>Pas sûr — peut-être {label}</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <source>pasted picture</source>
        <translation>image collée</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>The model is getting better at its training images than at images it has not seen. Try augmentation, more dropout or L2, early stopping, or more training photos. The best epoch (by validation accuracy) is what gets saved.</source>
        <translation>Le modèle progresse davantage sur ses images d’entraînement que sur des images qu’il n’a jamais vues. Essayez l’augmentation de données, plus de dropout ou de L2, l’arrêt anticipé, ou davantage de photos d’entraînement. C’est la meilleure époque (selon l’exactitude de validation) qui est enregistrée.</translation>
    </message>
    <message>
        <source>More regularisation will not help here: check that the validation images look like the training images, the preprocessing, and models with BatchNorm trained for very few epochs.</source>
        <translation>Davantage de régularisation n’aidera pas ici&#x202f;: vérifiez que les images de validation ressemblent aux images d’entraînement, le prétraitement, et les modèles avec BatchNorm entraînés sur très peu d’époques.</translation>
    </message>
    <message>
        <source>Overfitting?</source>
        <extracomment>badge text and tooltip advice per diagnose_fit kind (translated in the RunMonitor context); other kinds: no badge</extracomment>
        <translation>Surapprentissage&#x202f;?</translation>
    </message>
    <message>
        <source>Fails on validation?</source>
        <translation>Échec en validation&#x202f;?</translation>
    </message>
    <message>
        <source>Nothing is training.</source>
        <translation>Aucun entraînement en cours.</translation>
    </message>
    <message>
        <source>Messages from training appear here.</source>
        <translation>Les messages de l’entraînement s’affichent ici.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>{outcome} after {duration}</source>
        <translation>{outcome} après {duration}</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Matériel&#x202f;: {device}</translation>
    </message>
    <message>
        <source>Where this training runs: the device and the Keras backend (TensorFlow or PyTorch)</source>
        <translation>Où s’exécute cet entraînement&#x202f;: le matériel et le moteur Keras (TensorFlow ou PyTorch)</translation>
    </message>
    <message>
        <source>Training {network} on {images} images ({validation} for validation), {batches} batches per epoch, on {device}.</source>
        <translation>Entraînement de {network} sur {images} images (dont {validation} pour la validation), {batches} lots par époque, sur {device}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}: {scores} ({seconds} s)</source>
        <translation>Époque {epoch}/{epochs}&#x202f;: {scores} ({seconds} s)</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>Époque {epoch}/{epochs} · lot {batch}/{batches}</translation>
    </message>
    <message>
        <source>ETA {duration} · {rate} images/s</source>
        <translation>Reste {duration} · {rate} images/s</translation>
    </message>
</context>
<context>
    <name>ScalingPreview</name>
    <message>
        <source>Preview answers on sample photos</source>
        <extracomment>runner(job, on_done, on_failed): runs ``job()`` in the background, then one of the callbacks on the GUI thread.</extracomment>
        <translation>Aperçu des réponses sur les photos d’exemple</translation>
    </message>
    <message>
        <source>Runs the model on the bundled sample photos under each scaling</source>
        <translation>Exécute le modèle sur les photos d’exemple fournies, avec chaque mise à l’échelle</translation>
    </message>
    <message>
        <source>Answering the sample photos…</source>
        <translation>Réponse aux photos d’exemple…</translation>
    </message>
    <message>
        <source>Pick the column whose answers match the photos (click its header).</source>
        <translation>Choisissez la colonne dont les réponses correspondent aux photos (cliquez sur son en-tête).</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Pas d’aperçu&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SpaceForm</name>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>L2 penalty</source>
        <translation>Pénalité L2</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation de données</translation>
    </message>
    <message>
        <source>Backbone layers trained</source>
        <translation>Couches du réseau de base entraînées</translation>
    </message>
    <message>
        <source>Epochs per trial</source>
        <translation>Époques par essai</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Study name</source>
        <translation>Nom de l’étude</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
    </message>
    <message>
        <source>Stop weak trials early</source>
        <translation>Arrêter tôt les essais faibles</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>a journal file in the app&apos;s data folder</source>
        <translation>un fichier journal dans le dossier de données de l’application</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#x202f;:</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>No trial is training here.</source>
        <translation>Aucun essai en cours d’entraînement ici.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>A searched setting as the running text names it (translated in the StudyView context).</extracomment>
        <translation>taux d’apprentissage</translation>
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
        <translation>intensité d’augmentation</translation>
    </message>
    <message>
        <source>fine tune layers</source>
        <translation>couches affinées</translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>Trial states as the summary line counts them (&quot;2 running, 5 complete&quot;).</extracomment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminés</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>élagués</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (training here): {settings}</source>
        <translation>&lt;b&gt;Essai {number}&lt;/b&gt; (entraîné ici)&#x202f;: {settings}</translation>
    </message>
    <message>
        <source>No study “{study}” in {storage} yet.</source>
        <translation>Aucune étude «&#xa0;{study}&#xa0;» dans {storage} pour l’instant.</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{state}&#x202f;: {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{study}&lt;/b&gt;: {count} of {budget} trials ({states}) · storage {storage}</source>
        <translation>&lt;b&gt;{study}&lt;/b&gt;&#x202f;: {count} essais sur {budget} ({states}) · stockage {storage}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{study}&lt;/b&gt;: {count} trials ({states}) · storage {storage}</source>
        <translation>&lt;b&gt;{study}&lt;/b&gt;&#x202f;: {count} essais ({states}) · stockage {storage}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;trial {number}&lt;/b&gt;, validation accuracy {accuracy} ({settings})</source>
        <translation>Meilleur&#x202f;: &lt;b&gt;essai {number}&lt;/b&gt;, exactitude de validation {accuracy} ({settings})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (another worker on {worker}): validation accuracy per epoch</source>
        <translation>&lt;b&gt;Essai {number}&lt;/b&gt; (un autre processus sur {worker})&#x202f;: exactitude de validation par époque</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trial {number}&lt;/b&gt; (another worker): validation accuracy per epoch</source>
        <translation>&lt;b&gt;Essai {number}&lt;/b&gt; (un autre processus)&#x202f;: exactitude de validation par époque</translation>
    </message>
</context>
<context>
    <name>TeachController</name>
    <message>
        <source>This is…</source>
        <translation>C’est…</translation>
    </message>
    <message>
        <source>Tell the model what the selected photos really show (copies them into its teaching set)</source>
        <translation>Indiquer au modèle ce que montrent vraiment les photos sélectionnées (les copie dans ses photos à enseigner)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s) as “{name}”.</source>
        <translation>
            <numerusform>%n photo ajoutée comme «&#xa0;{name}&#xa0;».</numerusform>
            <numerusform>%n photos ajoutées comme «&#xa0;{name}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder} holds no class folders of photos: drop a folder with one sub-folder per class.</source>
        <translation>{folder} ne contient aucun dossier de classe avec des photos&#x202f;: déposez un dossier contenant un sous-dossier par classe.</translation>
    </message>
    <message>
        <source>Waiting for TensorFlow to load…</source>
        <translation>En attente du chargement de TensorFlow…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Saved “{name}”; your photos are part of it now. {score}</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré&#x202f;; vos photos en font désormais partie. {score}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed:</source>
        <translation>
            <numerusform>%n réponse a changé&#x202f;:</numerusform>
            <numerusform>%n réponses ont changé&#x202f;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer in the list changed.</source>
        <translation>Aucune réponse de la liste n’a changé.</translation>
    </message>
</context>
<context>
    <name>TeachPanel</name>
    <message>
        <source>Teach this model your own photos: select results on the left, press “This is…” and pick or type the right class. You can also drop a folder of class folders here.</source>
        <translation>Enseignez vos propres photos à ce modèle&#x202f;: sélectionnez des résultats à gauche, cliquez sur «&#xa0;C’est…&#xa0;» et choisissez ou saisissez la bonne classe. Vous pouvez aussi déposer ici un dossier contenant un dossier par classe.</translation>
    </message>
    <message>
        <source>Teaching set</source>
        <translation>Photos à enseigner</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected copies from the teaching set (your photos stay)</source>
        <translation>Retirer les copies sélectionnées des photos à enseigner (vos photos restent en place)</translation>
    </message>
    <message>
        <source>Teach</source>
        <translation>Enseigner</translation>
    </message>
    <message>
        <source>Save a copy of this model that has learned the teaching set</source>
        <translation>Enregistrer une copie de ce modèle qui a appris les photos à enseigner</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {classes}</source>
        <translation>
            <numerusform>%n photo&#x202f;: {classes}</numerusform>
            <numerusform>%n photos&#x202f;: {classes}</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning: pass {number} of {total}</source>
        <translation>Apprentissage&#x202f;: passe {number} sur {total}</translation>
    </message>
    <message>
        <source>Go back to “{name}”</source>
        <translation>Revenir à «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TeachScore</name>
    <message>
        <source>Classes you did not teach: {before} of {held} set-aside images right before, {after} after (too few for a score).</source>
        <extracomment>Fewer held-back photos than this give counts, not a percentage: &quot;0 % → 100 %&quot; of one photo misleads.</extracomment>
        <translation>Classes non enseignées&#x202f;: {before} images mises de côté sur {held} correctes avant, {after} après (trop peu pour un score).</translation>
    </message>
    <message numerus="yes">
        <source>Classes you did not teach: {before} → {after} right (%n set-aside image(s)).</source>
        <translation>
            <numerusform>Classes non enseignées&#x202f;: {before} → {after} correctes (%n image mise de côté).</numerusform>
            <numerusform>Classes non enseignées&#x202f;: {before} → {after} correctes (%n images mises de côté).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few photos per class to hold some back for a before/after score (5 per class are enough).</source>
        <translation>Trop peu de photos par classe pour en mettre de côté et calculer un score avant/après (5 par classe suffisent).</translation>
    </message>
    <message>
        <source>Held-back photos: {before} of {held} right before, {after} after (too few for a score; {minimum} or more give one).</source>
        <translation>Photos mises de côté&#x202f;: {before} sur {held} correctes avant, {after} après (trop peu pour un score&#x202f;; il en faut {minimum} ou plus).</translation>
    </message>
    <message numerus="yes">
        <source>Held-back photos: {before} → {after} right (%n photo(s)).</source>
        <translation>
            <numerusform>Photos mises de côté&#x202f;: {before} → {after} correctes (%n photo).</numerusform>
            <numerusform>Photos mises de côté&#x202f;: {before} → {after} correctes (%n photos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TfLoader</name>
    <message>
        <source>TensorFlow could not be loaded ({reason}). Training, Grad-CAM and export need it: reinstall the app or run &apos;pip install tensorflow&apos;.</source>
        <translation>Impossible de charger TensorFlow ({reason}). L’entraînement, Grad-CAM et l’export en ont besoin&#x202f;: réinstallez l’application ou exécutez &apos;pip install tensorflow&apos;.</translation>
    </message>
</context>
<context>
    <name>ThisIsDialog</name>
    <message>
        <source>This is…</source>
        <translation>C’est…</translation>
    </message>
    <message>
        <source>Pick a class or type a new one, e.g. Pear</source>
        <translation>Choisissez une classe ou saisissez-en une nouvelle, p. ex. Poire</translation>
    </message>
    <message>
        <source>What is in this photo? A copy goes into the teaching set; the photos stay where they are.</source>
        <translation>Que montre cette photo&#x202f;? Une copie est ajoutée aux photos à enseigner&#x202f;; les photos restent où elles sont.</translation>
    </message>
    <message numerus="yes">
        <source>What is in these %n photos? A copy goes into the teaching set; the photos stay where they are.</source>
        <translation>
            <numerusform>Que montre cette photo (%n)&#x202f;? Une copie est ajoutée aux photos à enseigner&#x202f;; la photo reste où elle est.</numerusform>
            <numerusform>Que montrent ces %n photos&#x202f;? Une copie est ajoutée aux photos à enseigner&#x202f;; les photos restent où elles sont.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model answered: {answer}</source>
        <translation>Le modèle a répondu&#x202f;: {answer}</translation>
    </message>
</context>
<context>
    <name>TrainJobs</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>{name} — {network}, {done}/{epochs} epochs, {status}</source>
        <translation>{name} — {network}, {done}/{epochs} époques, {status}</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Training is running. Stop it and quit?</source>
        <translation>L’entraînement est en cours. L’arrêter et quitter&#x202f;?</translation>
    </message>
    <message>
        <source>The best epoch so far is saved to the library.</source>
        <translation>La meilleure époque obtenue jusqu’ici est enregistrée dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Démarrer l’entraînement</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop after the current batch; the best completed epoch is saved</source>
        <translation>Arrêter après le lot en cours&#x202f;; la meilleure époque terminée est enregistrée</translation>
    </message>
    <message>
        <source>Stopped runs that can continue from their last completed epoch</source>
        <translation>Entraînements arrêtés pouvant reprendre à partir de leur dernière époque terminée</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Several Machines…</source>
        <translation>Plusieurs machines…</translation>
    </message>
    <message>
        <source>Train the first checked network with other machines: this one is the chief (docs/distributed.md)</source>
        <translation>Entraîner le premier réseau coché avec d’autres machines&#x202f;: celle-ci est la principale (docs/distributed.md)</translation>
    </message>
    <message>
        <source>Stopped run:</source>
        <translation>Entraînement arrêté&#x202f;:</translation>
    </message>
    <message>
        <source>Open in Classify</source>
        <translation>Ouvrir dans Classer</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the models this queue saved on a test folder</source>
        <translation>Comparer sur un dossier de test les modèles enregistrés par cette file d’attente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{network} on several machines</source>
        <translation>{network} sur plusieurs machines</translation>
    </message>
    <message>
        <source>Waiting for the other machines to join; training starts when all have.</source>
        <translation>En attente des autres machines&#x202f;; l’entraînement commence quand toutes sont connectées.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Saved model {model} in the library.</source>
        <translation>Modèle {model} enregistré dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Several machines: {status}</source>
        <translation>Plusieurs machines&#x202f;: {status}</translation>
    </message>
    <message>
        <source>Resuming {run}</source>
        <translation>Reprise de {run}</translation>
    </message>
    <message numerus="yes">
        <source>Stopping after the current batch… (%n queued run(s) cancelled)</source>
        <translation>
            <numerusform>Arrêt après le lot en cours… (%n entraînement en file d’attente annulé)</numerusform>
            <numerusform>Arrêt après le lot en cours… (%n entraînements en file d’attente annulés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>{title} — run {number} of {count}</source>
        <translation>{title} — entraînement {number} sur {count}</translation>
    </message>
    <message>
        <source>Command line: {command}</source>
        <translation>Ligne de commande&#x202f;: {command}</translation>
    </message>
    <message>
        <source>Reproduce: {command}</source>
        <translation>Reproduire&#x202f;: {command}</translation>
    </message>
    <message>
        <source>Continue after a stop: {command}</source>
        <translation>Reprendre après un arrêt&#x202f;: {command}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>“{name}”, test accuracy {accuracy}</source>
        <translation>«&#xa0;{name}&#xa0;», exactitude de test {accuracy}</translation>
    </message>
    <message>
        <source>“{name}”, validation accuracy {accuracy}</source>
        <translation>«&#xa0;{name}&#xa0;», exactitude de validation {accuracy}</translation>
    </message>
    <message>
        <source>Saved {model} (stopped early; best epoch kept)</source>
        <translation>{model} enregistré (arrêté tôt&#x202f;; meilleure époque conservée)</translation>
    </message>
    <message>
        <source>Saved {model}</source>
        <translation>{model} enregistré</translation>
    </message>
    <message>
        <source>stopped before an epoch completed; nothing saved</source>
        <translation>arrêté avant la fin d’une époque&#x202f;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>Stopped before training began; nothing was saved.</source>
        <translation>Arrêté avant le début de l’entraînement&#x202f;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Training failed: {reason}</source>
        <translation>Échec de l’entraînement&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>{reason} Trying again with weights: {weights}.</source>
        <translation>{reason} Nouvelle tentative avec les poids&#x202f;: {weights}.</translation>
    </message>
    <message>
        <source>ImageNet weights unavailable</source>
        <translation>Poids ImageNet indisponibles</translation>
    </message>
    <message>
        <source>Train from Scratch</source>
        <translation>Entraîner à partir de zéro</translation>
    </message>
    <message>
        <source>Choose Weights File…</source>
        <translation>Choisir un fichier de poids…</translation>
    </message>
    <message>
        <source>Weights for {network}</source>
        <translation>Poids pour {network}</translation>
    </message>
    <message>
        <source>Keras weights ({patterns})</source>
        <translation>Poids Keras ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
</context>
<context>
    <name>TrainQueue</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>entraînement…</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>stopped, saved</source>
        <translation>arrêté, enregistré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>{number}. {title} — {status}: {message}</source>
        <translation>{number}. {title} — {status}&#x202f;: {message}</translation>
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
        <translation>Exactitude de validation par essai</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>essai</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>meilleur jusqu’ici</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>élagué</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Each trial&apos;s validation accuracy appears here as it finishes</source>
        <translation>L’exactitude de validation de chaque essai s’affiche ici dès qu’il se termine</translation>
    </message>
</context>
<context>
    <name>TrialsTable</name>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
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
        <translation>Augmentation de données</translation>
    </message>
    <message>
        <source>Layers trained</source>
        <translation>Couches entraînées</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Val. accuracy</source>
        <translation>Exactitude val.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <extracomment>What the header shows (short: every column fits the Tune view at 1024 px); HEADERS are the tooltips.</extracomment>
        <translation>Exact. val.</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Aug.</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>pruned (trailing)</source>
        <translation>élagué (à la traîne)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>TunePage</name>
    <message>
        <source>A study is training trials in this window. Stop the study here and quit?

This window&apos;s trial stops; the study keeps its finished trials and best model (Resume continues it). Workers in other processes or on other machines keep going.</source>
        <translation>Une étude entraîne des essais dans cette fenêtre. Arrêter l’étude ici et quitter&#x202f;?

L’essai de cette fenêtre s’arrête&#x202f;; l’étude conserve ses essais terminés et son meilleur modèle (Reprendre la poursuit). Les processus lancés ailleurs (autres programmes ou autres machines) continuent.</translation>
    </message>
    <message>
        <source>Network (settings every trial starts from)</source>
        <translation>Réseau (réglages de départ de chaque essai)</translation>
    </message>
    <message>
        <source>Start Study</source>
        <translation>Démarrer l’étude</translation>
    </message>
    <message>
        <source>Run trials here until the study has its number of trials (workers elsewhere with the same storage and study name share them)</source>
        <translation>Exécuter des essais ici jusqu’à ce que l’étude atteigne son nombre d’essais (les processus lancés ailleurs avec le même stockage et le même nom d’étude se les partagent)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop every worker of the study, here and on other machines, after its batch</source>
        <translation>Arrêter tous les processus de l’étude, ici et sur d’autres machines, après leur lot en cours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Studies in the storage: choose one to watch it and load its settings</source>
        <translation>Études présentes dans le stockage&#x202f;: choisissez-en une pour la suivre et charger ses réglages</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Continue the study shown with its own settings, up to the Trials asked for</source>
        <translation>Poursuivre l’étude affichée avec ses propres réglages, jusqu’au nombre d’essais demandé</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Étude&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) each</source>
        <translation>
            <numerusform>%n époque chacun</numerusform>
            <numerusform>%n époques chacun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting study “{study}”: %n trials of {epochs}…</source>
        <translation>
            <numerusform>Démarrage de l’étude «&#xa0;{study}&#xa0;»&#x202f;: %n essai de {epochs}…</numerusform>
            <numerusform>Démarrage de l’étude «&#xa0;{study}&#xa0;»&#x202f;: %n essais de {epochs}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping every worker of study “{study}” after its current batch…</source>
        <translation>Arrêt de tous les processus de l’étude «&#xa0;{study}&#xa0;» après leur lot en cours…</translation>
    </message>
    <message>
        <source>Could not ask the other workers to stop: {reason}</source>
        <translation>Impossible de demander aux autres processus de s’arrêter&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Training trials of “{study}” here (it had {before} of {wanted} when this worker joined). Stop ends every worker of the study.</source>
        <translation>Entraînement des essais de «&#xa0;{study}&#xa0;» ici (elle en avait {before} sur {wanted} quand ce processus l’a rejointe). Arrêter met fin à tous les processus de l’étude.</translation>
    </message>
    <message numerus="yes">
        <source>Study “{study}” holds %n trials ({done} complete).</source>
        <translation>
            <numerusform>L’étude «&#xa0;{study}&#xa0;» contient %n essai (terminés&#x202f;: {done}).</numerusform>
            <numerusform>L’étude «&#xa0;{study}&#xa0;» contient %n essais (terminés&#x202f;: {done}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No trial completed: try a wider learning-rate range or more epochs per trial.</source>
        <translation>Aucun essai terminé&#x202f;: essayez une plage de taux d’apprentissage plus large ou plus d’époques par essai.</translation>
    </message>
    <message>
        <source>The study stopped: {reason}</source>
        <translation>L’étude s’est arrêtée&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the study: {reason} Check the storage path or URL, then choose the study again.</source>
        <translation>Impossible de lire l’étude&#x202f;: {reason} Vérifiez le chemin ou l’URL du stockage, puis choisissez à nouveau l’étude.</translation>
    </message>
    <message>
        <source>Cannot list the studies: {reason}</source>
        <translation>Impossible de lister les études&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>WeightsEdit</name>
    <message>
        <source>Pretrained on ImageNet: included for EfficientNet-Lite0; downloaded once (internet needed) for VGG16 and ResNet50</source>
        <translation>Pré-entraîné sur ImageNet&#x202f;: inclus pour EfficientNet-Lite0&#x202f;; téléchargé une fois (connexion Internet requise) pour VGG16 et ResNet50</translation>
    </message>
    <message>
        <source>a .weights.h5 file</source>
        <translation>un fichier .weights.h5</translation>
    </message>
    <message>
        <source>Keras weights ({patterns})</source>
        <translation>Poids Keras ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>Apply augmentation to training images</source>
        <translation>Appliquer l’augmentation de données aux images d’entraînement</translation>
    </message>
    <message>
        <source>Random horizontal and vertical flips</source>
        <translation>Retournements horizontaux et verticaux aléatoires</translation>
    </message>
    <message>
        <source>Largest rotation, as a fraction of a full turn</source>
        <translation>Rotation maximale, en fraction de tour complet</translation>
    </message>
    <message>
        <source>Largest zoom-out (fruit shrinks to 1/(1+zoom)); zoom-in is capped at 0.25</source>
        <translation>Dézoom maximal (le fruit rétrécit à 1/(1+zoom))&#x202f;; le zoom avant est plafonné à 0,25</translation>
    </message>
    <message>
        <source>Largest brightness change (fraction)</source>
        <translation>Variation maximale de luminosité (fraction)</translation>
    </message>
    <message>
        <source>Largest contrast change (fraction)</source>
        <translation>Variation maximale de contraste (fraction)</translation>
    </message>
    <message>
        <source>Largest hue/saturation change (fraction)</source>
        <translation>Variation maximale de teinte/saturation (fraction)</translation>
    </message>
    <message>
        <source>Probability of blur and sensor noise</source>
        <translation>Probabilité de flou et de bruit de capteur</translation>
    </message>
    <message>
        <source>Folder of background photos to composite white-background fruit onto (empty: off)</source>
        <translation>Dossier de photos d’arrière-plan sur lesquelles incruster les fruits photographiés sur fond blanc (vide&#x202f;: désactivé)</translation>
    </message>
    <message>
        <source>Share of training images composited onto a background</source>
        <translation>Part des images d’entraînement incrustées sur un arrière-plan</translation>
    </message>
    <message>
        <source>Folder of class folders, or a Fruits-360 folder with Training/ and Test/</source>
        <translation>Dossier contenant un dossier par classe, ou dossier Fruits-360 avec Training/ et Test/</translation>
    </message>
    <message>
        <source>Network architecture</source>
        <translation>Architecture du réseau</translation>
    </message>
    <message>
        <source>Number of passes over the training data</source>
        <translation>Nombre de passes sur les données d’entraînement</translation>
    </message>
    <message>
        <source>Images per training step</source>
        <translation>Images par étape d’entraînement</translation>
    </message>
    <message>
        <source>Adam learning rate</source>
        <translation>Taux d’apprentissage d’Adam</translation>
    </message>
    <message>
        <source>Square input size in pixels (0: the architecture&apos;s default)</source>
        <translation>Taille d’entrée carrée en pixels (0&#x202f;: valeur par défaut de l’architecture)</translation>
    </message>
    <message>
        <source>Share of training images held out for validation</source>
        <translation>Part des images d’entraînement mises de côté pour la validation</translation>
    </message>
    <message>
        <source>Optional separate test folder (empty: the Test/ beside the data, if any)</source>
        <translation>Dossier de test distinct, facultatif (vide&#x202f;: le dossier Test/ à côté des données, s’il existe)</translation>
    </message>
    <message>
        <source>Backbone weights: &apos;imagenet&apos;, &apos;none&apos; or a path to a weights file</source>
        <translation>Poids du réseau de base&#x202f;: &apos;imagenet&apos;, &apos;none&apos; ou le chemin d’un fichier de poids</translation>
    </message>
    <message>
        <source>Freeze the pretrained backbone and train only the head</source>
        <translation>Geler le réseau de base pré-entraîné et n’entraîner que la tête</translation>
    </message>
    <message>
        <source>With a frozen backbone, unfreeze this many of its last layers</source>
        <translation>Avec un réseau de base gelé, dégeler ce nombre de ses dernières couches</translation>
    </message>
    <message>
        <source>Dropout before the classifier</source>
        <translation>Dropout avant le classifieur</translation>
    </message>
    <message>
        <source>L2 weight penalty on dense/conv kernels</source>
        <translation>Pénalité L2 sur les poids des noyaux dense/conv</translation>
    </message>
    <message>
        <source>Stop after this many epochs without improvement (0: off)</source>
        <translation>Arrêter après ce nombre d’époques sans amélioration (0&#x202f;: désactivé)</translation>
    </message>
    <message>
        <source>Halve the learning rate after this many flat epochs (0: off)</source>
        <translation>Diviser par deux le taux d’apprentissage après ce nombre d’époques sans progrès (0&#x202f;: désactivé)</translation>
    </message>
    <message>
        <source>Weight classes inversely to their size (for lopsided folders)</source>
        <translation>Pondérer les classes à l’inverse de leur taille (pour les dossiers déséquilibrés)</translation>
    </message>
    <message>
        <source>Random seed for the split, shuffling and initial weights</source>
        <translation>Graine aléatoire pour la séparation, le mélange et les poids initiaux</translation>
    </message>
    <message>
        <source>Mixed precision: float16 on GPUs, bfloat16 on CPUs with AVX-512 BF16 or AMX (others stay float32)</source>
        <translation>Précision mixte&#x202f;: float16 sur les GPU, bfloat16 sur les CPU avec AVX-512 BF16 ou AMX (les autres restent en float32)</translation>
    </message>
    <message>
        <source>Keras backend to train on: tensorflow, torch (PyTorch: Apple GPU via MPS, CUDA or CPU) or auto (PyTorch where it sees a GPU that TensorFlow does not)</source>
        <translation>Moteur Keras pour l’entraînement&#x202f;: tensorflow, torch (PyTorch&#x202f;: GPU Apple via MPS, CUDA ou CPU) ou auto (PyTorch s’il voit un GPU que TensorFlow ne voit pas)</translation>
    </message>
    <message>
        <source>Also learn a &apos;Not one of my classes&apos; answer (from fruit-free photos shipped with the app and recoloured copies of yours), calibrated so its known-probability can be trusted</source>
        <translation>Apprendre aussi une réponse «&#xa0;Aucune de mes classes&#xa0;» (à partir de photos sans fruits fournies avec l’application et de copies recolorées des vôtres), calibrée pour que l’on puisse se fier à sa probabilité de classe connue</translation>
    </message>
    <message>
        <source>Name for the saved model (empty: generated)</source>
        <translation>Nom du modèle enregistré (vide&#x202f;: généré)</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation de données</translation>
    </message>
    <message>
        <source>Settings every trial starts from</source>
        <translation>Réglages de départ de chaque essai</translation>
    </message>
    <message>
        <source>Trials the study should have in all (every worker together)</source>
        <translation>Nombre total d’essais de l’étude (tous processus confondus)</translation>
    </message>
    <message>
        <source>Epochs each trial trains</source>
        <translation>Époques d’entraînement de chaque essai</translation>
    </message>
    <message>
        <source>Learning rate range (log scale)</source>
        <translation>Plage du taux d’apprentissage (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Dropout range</source>
        <translation>Plage de dropout</translation>
    </message>
    <message>
        <source>L2 penalty range (log scale)</source>
        <translation>Plage de pénalité L2 (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Augmentation strength range (0: off, 1: strong)</source>
        <translation>Plage d’intensité d’augmentation (0&#x202f;: désactivée, 1&#x202f;: forte)</translation>
    </message>
    <message>
        <source>Backbone layers unfrozen from the top (0: frozen backbone); searched only from pretrained weights, up to the network&apos;s limit</source>
        <translation>Couches du réseau de base dégelées en partant du haut (0&#x202f;: réseau de base gelé)&#x202f;; recherchées seulement à partir de poids pré-entraînés, dans la limite du réseau</translation>
    </message>
    <message>
        <source>Study name; workers with the same name and storage share it</source>
        <translation>Nom de l’étude&#x202f;; les processus ayant le même nom et le même stockage la partagent</translation>
    </message>
    <message>
        <source>Journal file path or database URL (empty: a journal file in the app&apos;s data folder)</source>
        <translation>Chemin du fichier journal ou URL de base de données (vide&#x202f;: un fichier journal dans le dossier de données de l’application)</translation>
    </message>
    <message>
        <source>How the next trial&apos;s settings are chosen</source>
        <translation>Manière de choisir les réglages de l’essai suivant</translation>
    </message>
    <message>
        <source>Stop a trial early when its validation accuracy trails the median</source>
        <translation>Arrêter un essai tôt lorsque son exactitude de validation est inférieure à la médiane</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>0 to 1 (pixels / 255)</source>
        <extracomment>name -&gt; (multiplier, offset) for x * multiplier + offset; caffe is handled on its own.</extracomment>
        <translation>0 à 1 (pixels / 255)</translation>
    </message>
    <message>
        <source>0 to 255 (raw pixels; the model scales them itself)</source>
        <translation>0 à 255 (pixels bruts&#x202f;; le modèle les met lui-même à l’échelle)</translation>
    </message>
    <message>
        <source>-1 to 1 (Teachable Machine, MobileNet)</source>
        <translation>-1 à 1 (Teachable Machine, MobileNet)</translation>
    </message>
    <message>
        <source>caffe: BGR minus ImageNet means (VGG16, ResNet50 of keras.applications)</source>
        <translation>caffe&#x202f;: BGR moins les moyennes ImageNet (VGG16, ResNet50 de keras.applications)</translation>
    </message>
    <message>
        <source>{name} stopped sending pictures.</source>
        <extracomment>File name endings read as videos (predict, the live view&apos;s &quot;Video file…&quot;).</extracomment>
        <translation>{name} n’envoie plus d’images.</translation>
    </message>
    <message>
        <source>Check that it is plugged in, then pick it again.</source>
        <translation>Vérifiez que l’appareil est branché, puis sélectionnez-le à nouveau.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n’existe pas.</translation>
    </message>
    <message>
        <source>Check the path, then open it again.</source>
        <translation>Vérifiez le chemin, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} has no video in it.</source>
        <translation>{name} ne contient aucune vidéo.</translation>
    </message>
    <message>
        <source>Open a video file (.mp4, .mov, …).</source>
        <translation>Ouvrez un fichier vidéo (.mp4, .mov, …).</translation>
    </message>
    <message>
        <source>{name} uses a video codec this app cannot decode.</source>
        <translation>{name} utilise un codec vidéo que cette application ne sait pas décoder.</translation>
    </message>
    <message>
        <source>Convert it to H.264 MP4, then open it again.</source>
        <translation>Convertissez-le en MP4 H.264, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} cannot be played ({reason}).</source>
        <translation>Impossible de lire {name} ({reason}).</translation>
    </message>
    <message>
        <source>Open a video file this app can decode, e.g. H.264 MP4.</source>
        <translation>Ouvrez un fichier vidéo que cette application sait décoder, p. ex. MP4 H.264.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <extracomment>Largest image we decode (≈ a 9500×9500 photo); bigger files are refused as &quot;too large&quot;. Suffixes listed when scanning folders (anything else is only taken if its bytes look like an image). Transparent pixels become white: Fruits-360 photos (the training data) are shot on white.
----------
The conversion kept beside model.keras. metadata.json key: the sha256 of the Keras file whose copy beside it outputs logits rather than probabilities.
----------
Layer classes whose 4D output is a sensible Grad-CAM target.</extracomment>
        <translation>{name}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
        <source>unsupported colour mode {mode}</source>
        <translation>mode de couleur non pris en charge&#x202f;: {mode}</translation>
    </message>
    <message>
        <source>a folder, not an image file</source>
        <translation>un dossier, pas un fichier image</translation>
    </message>
    <message>
        <source>file not found</source>
        <extracomment>Built from the one architecture table (fruitclassifier/architectures.py).</extracomment>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>autorisation refusée</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>impossible de lire le fichier ({error})</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>impossible de lire le fichier</translation>
    </message>
    <message>
        <source>too large (over the decoder&apos;s safety limit)</source>
        <translation>trop volumineux (au-delà de la limite de sécurité du décodeur)</translation>
    </message>
    <message>
        <source>too large (not enough memory to decode)</source>
        <translation>trop volumineux (mémoire insuffisante pour le décoder)</translation>
    </message>
    <message>
        <source>not an image we can read: HEIC photos need the optional pillow-heif package</source>
        <translation>pas une image lisible&#x202f;: les photos HEIC nécessitent le paquet facultatif pillow-heif</translation>
    </message>
    <message>
        <source>not an image (or a format we cannot read)</source>
        <translation>pas une image (ou dans un format illisible)</translation>
    </message>
    <message>
        <source>too large ({megapixels} megapixels, limit {limit})</source>
        <translation>trop volumineux ({megapixels} mégapixels, limite {limit})</translation>
    </message>
    <message>
        <source>truncated or damaged image (zero width or height)</source>
        <translation>image tronquée ou endommagée (largeur ou hauteur nulle)</translation>
    </message>
    <message>
        <source>truncated or damaged image</source>
        <translation>image tronquée ou endommagée</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Taille (Mo)</translation>
    </message>
    <message>
        <source>ms/image</source>
        <translation>ms/image</translation>
    </message>
    <message>
        <source>Training time (s)</source>
        <translation>Durée d’entraînement (s)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Best val. accuracy</source>
        <translation>Meilleure exact. val.</translation>
    </message>
    <message>
        <source>Val–Test gap</source>
        <translation>Écart val.–test</translation>
    </message>
    <message>
        <source>Train–val gap</source>
        <translation>Écart entr.–val.</translation>
    </message>
    <message>
        <source>Training accuracy is {gap:.0%} above validation accuracy (too few epochs of validation loss to tell overfitting from failing on unseen images).</source>
        <extracomment>A final training accuracy this much above the validation accuracy is a gap worth explaining. What diagnose_fit may find (FitDiagnosis.kind).</extracomment>
        <translation>L’exactitude d’entraînement dépasse de {gap:.0%} l’exactitude de validation (trop peu d’époques de perte de validation pour distinguer le surapprentissage d’un échec sur les images inédites).</translation>
    </message>
    <message>
        <source>Training accuracy is {gap:.0%} above validation accuracy and validation loss has risen since epoch {epoch} ({best:.3f} → {last:.3f}).</source>
        <translation>L’exactitude d’entraînement dépasse de {gap:.0%} l’exactitude de validation, et la perte de validation augmente depuis l’époque {epoch} ({best:.3f} → {last:.3f}).</translation>
    </message>
    <message>
        <source>Validation accuracy is {gap:.0%} below training accuracy while validation loss does not rise: the model fails on unseen images from the start, which is not overfitting (check the data split, preprocessing or BatchNorm).</source>
        <translation>L’exactitude de validation est inférieure de {gap:.0%} à l’exactitude d’entraînement alors que la perte de validation n’augmente pas&#x202f;: le modèle échoue dès le départ sur les images inédites, ce qui n’est pas du surapprentissage (vérifiez la séparation des données, le prétraitement ou la BatchNorm).</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <extracomment>Accuracies closer than this are called a tie.</extracomment>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>{names} are about as accurate on this folder ({accuracy}); {fast} is faster ({fast_ms:.2f} vs {slow_ms:.2f} ms per image).</source>
        <translation>{names} sont à peu près aussi exacts sur ce dossier ({accuracy})&#x202f;; {fast} est plus rapide ({fast_ms:.2f} contre {slow_ms:.2f} ms par image).</translation>
    </message>
    <message>
        <source>Behind them: {models}.</source>
        <translation>Derrière&#x202f;: {models}.</translation>
    </message>
    <message>
        <source>{model} is best on this folder (accuracy {accuracy} vs {others}).</source>
        <translation>{model} est le meilleur sur ce dossier (exactitude {accuracy} contre {others}).</translation>
    </message>
    <message>
        <source>{name} overfits: train–val gap {gap:.2f} and validation loss rising.</source>
        <extracomment>Best validation accuracy this far above the accuracy on the compared folder: the model learned its training data (and the validation split drawn from it) and does not carry over to these photos.</extracomment>
        <translation>{name} fait du surapprentissage&#x202f;: écart entraînement–validation de {gap:.2f} et perte de validation en hausse.</translation>
    </message>
    <message>
        <source>{name} fails on validation from the start (train–val gap {gap:.2f}, validation loss not rising): not overfitting.</source>
        <translation>{name} échoue en validation dès le départ (écart entraînement–validation de {gap:.2f}, perte de validation stable)&#x202f;: ce n’est pas du surapprentissage.</translation>
    </message>
    <message>
        <source>{name} has a train–val gap of {gap:.2f} (too few epochs of validation loss to say why).</source>
        <translation>{name} a un écart entraînement–validation de {gap:.2f} (trop peu d’époques de perte de validation pour en dire la cause).</translation>
    </message>
    <message>
        <source>It does not overfit (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <extracomment>&quot;Nobody overfits&quot;, by how many models were judged (1, 2, more), with the limits (parts is empty) or without.</extracomment>
        <translation>Il ne fait pas de surapprentissage (validation et ce dossier à moins de {limit:.2f} d’écart, écart entraînement–validation inférieur à {gap:.2f}).</translation>
    </message>
    <message>
        <source>Neither overfits (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <translation>Aucun des deux ne fait de surapprentissage (validation et ce dossier à moins de {limit:.2f} d’écart, écart entraînement–validation inférieur à {gap:.2f}).</translation>
    </message>
    <message>
        <source>None overfits (validation and this folder within {limit:.2f}, train–val gap under {gap:.2f}).</source>
        <translation>Aucun ne fait de surapprentissage (validation et ce dossier à moins de {limit:.2f} d’écart, écart entraînement–validation inférieur à {gap:.2f}).</translation>
    </message>
    <message>
        <source>It does not overfit.</source>
        <translation>Il ne fait pas de surapprentissage.</translation>
    </message>
    <message>
        <source>Neither overfits.</source>
        <translation>Aucun des deux ne fait de surapprentissage.</translation>
    </message>
    <message>
        <source>None overfits.</source>
        <translation>Aucun ne fait de surapprentissage.</translation>
    </message>
    <message>
        <source>{name} overfits: validation accuracy {validation} but {accuracy} on this folder, so what it learned does not carry over to these photos.</source>
        <translation>{name} fait du surapprentissage&#x202f;: exactitude de validation {validation} mais {accuracy} sur ce dossier&#x202f;; ce qu’il a appris ne se généralise pas à ces photos.</translation>
    </message>
    <message>
        <source>No training history is stored, so overfitting cannot be judged.</source>
        <translation>Aucun historique d’entraînement n’est enregistré&#x202f;: impossible de juger le surapprentissage.</translation>
    </message>
    <message>
        <source>{name}: accuracy {accuracy} on this folder.</source>
        <translation>{name}&#x202f;: exactitude {accuracy} sur ce dossier.</translation>
    </message>
    <message>
        <source>Preparing “{name}” for fast answers (once; this loads TensorFlow)…</source>
        <extracomment>Below this top probability the app says &quot;not sure&quot; instead of naming a fruit.</extracomment>
        <translation>Préparation de «&#xa0;{name}&#xa0;» pour des réponses rapides (une seule fois&#x202f;; cela charge TensorFlow)…</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>illisible ({error})</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty: choose a new folder name</source>
        <translation>{folder} existe déjà et n’est pas vide&#x202f;: choisissez un nouveau nom de dossier</translation>
    </message>
    <message>
        <source>Could not write the SavedModel: {reason}</source>
        <translation>Impossible d’écrire le SavedModel&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Could not convert the model to TFLite: {reason}</source>
        <translation>Impossible de convertir le modèle en TFLite&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Cannot export {name}: {reason}</source>
        <translation>Impossible d’exporter {name}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>The exported {format} returns shape {got}, the original {expected}: the export is broken; please report it</source>
        <translation>Le {format} exporté renvoie la forme {got}, l’original {expected}&#x202f;: l’export est défectueux&#x202f;; merci de le signaler</translation>
    </message>
    <message>
        <source>The exported {format} disagrees with the original model (largest probability difference {diff}, allowed {allowed}), so it was not saved</source>
        <translation>Le {format} exporté diffère du modèle d’origine (plus grand écart de probabilité {diff}, toléré {allowed})&#x202f;; il n’a donc pas été enregistré</translation>
    </message>
    <message>
        <source>Teaching was cancelled; nothing was saved.</source>
        <translation>L’enseignement a été annulé&#x202f;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This model has no “Not one of my fruits” class.</source>
        <extracomment>What the user picks (GUI) or names a folder (CLI) to teach the model&apos;s &quot;not one of my fruits&quot; class.</extracomment>
        <translation>Ce modèle n’a pas de classe «&#xa0;Aucun de mes fruits&#xa0;».</translation>
    </message>
    <message>
        <source>Pick one of its classes or type a new name.</source>
        <translation>Choisissez l’une de ses classes ou saisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>{name} cannot be a class name.</source>
        <translation>{name} ne peut pas être un nom de classe.</translation>
    </message>
    <message>
        <source>Type a name without / \ : * ? &quot; &lt; &gt; | that does not start with a dot.</source>
        <translation>Saisissez un nom sans / \ : * ? &quot; &lt; &gt; | et qui ne commence pas par un point.</translation>
    </message>
    <message>
        <source>{name} is the model&apos;s internal name for “Not one of my fruits”.</source>
        <translation>{name} est le nom interne du modèle pour «&#xa0;Aucun de mes fruits&#xa0;».</translation>
    </message>
    <message>
        <source>Pick “Not one of my fruits” instead.</source>
        <translation>Choisissez plutôt «&#xa0;Aucun de mes fruits&#xa0;».</translation>
    </message>
    <message>
        <source>{path} is not in this teaching set.</source>
        <translation>{path} ne fait pas partie de ces photos à enseigner.</translation>
    </message>
    <message>
        <source>unexpected error: {error} (details are in the log)</source>
        <extracomment>A sentence that already ends here needs no &quot;. &quot; or &quot;; &quot; before the next step (the CJK marks included).</extracomment>
        <translation>erreur inattendue&#x202f;: {error} (les détails sont dans le journal)</translation>
    </message>
    <message>
        <source>Teach a model trained in this app, or the bundled one.</source>
        <extracomment>The share of the short side a random crop keeps (smallest, largest). Share of augmented replay images pasted onto crops of the user&apos;s photos. What to do with a model whose head cannot be taught.</extracomment>
        <translation>Enseignez à un modèle entraîné dans cette application, ou au modèle fourni.</translation>
    </message>
    <message>
        <source>This model cannot be taught: it has no final Dense layer named “predictions”.</source>
        <translation>Impossible d’enseigner à ce modèle&#x202f;: il n’a pas de couche Dense finale nommée «&#xa0;predictions&#xa0;».</translation>
    </message>
    <message>
        <source>This model cannot be taught: its “predictions” layer is not a softmax over a feature vector.</source>
        <translation>Impossible d’enseigner à ce modèle&#x202f;: sa couche «&#xa0;predictions&#xa0;» n’est pas un softmax sur un vecteur de caractéristiques.</translation>
    </message>
    <message>
        <source>Looking at your photos: {done} of {total} views</source>
        <translation>Examen de vos photos&#x202f;: {done} vues sur {total}</translation>
    </message>
    <message>
        <source>The replay folder {folder} does not exist.</source>
        <extracomment>Layouts whose class folders sit one level down (a Fruits-360 download).</extracomment>
        <translation>Le dossier de rejeu {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>Pass a folder with one sub-folder of training images per class.</source>
        <translation>Indiquez un dossier contenant un sous-dossier d’images d’entraînement par classe.</translation>
    </message>
    <message>
        <source>{name} cannot be taught: it has no replay data (it was imported, so the app does not know its training images).</source>
        <translation>Impossible d’enseigner à {name}&#x202f;: il n’a pas de données de rejeu (il a été importé, l’application ne connaît donc pas ses images d’entraînement).</translation>
    </message>
    <message>
        <source>Pass --replay DIR, a folder with one sub-folder of its training images per class.</source>
        <translation>Indiquez --replay DIR, un dossier contenant un sous-dossier de ses images d’entraînement par classe.</translation>
    </message>
    <message>
        <source>Keeping your photos with the new model…</source>
        <extracomment>A class needs this many photos before some are held back for the before/after score. Teaching photos kept (small) beside the taught model so teaching it again still replays them.</extracomment>
        <translation>Conservation de vos photos avec le nouveau modèle…</translation>
    </message>
    <message>
        <source>Saving the new model and converting it for quick answers…</source>
        <translation>Enregistrement du nouveau modèle et conversion pour des réponses rapides…</translation>
    </message>
    <message>
        <source>Teaching with Keras on PyTorch: {device}.</source>
        <translation>Apprentissage avec Keras sur PyTorch&#x202f;: {device}.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Give a folder with one sub-folder of photos per class.</source>
        <translation>Indiquez un dossier contenant un sous-dossier de photos par classe.</translation>
    </message>
    <message>
        <source>{folder} holds no photos in class folders.</source>
        <translation>{folder} ne contient aucune photo dans des dossiers de classe.</translation>
    </message>
    <message>
        <source>Put each class&apos;s photos in its own sub-folder, named after the class.</source>
        <translation>Placez les photos de chaque classe dans leur propre sous-dossier, nommé d’après la classe.</translation>
    </message>
    <message>
        <source>The class folder {folder} has no readable photo.</source>
        <translation>Le dossier de classe {folder} ne contient aucune photo lisible.</translation>
    </message>
    <message>
        <source>Add .jpg or .png photos to it, or remove the folder.</source>
        <translation>Ajoutez-y des photos .jpg ou .png, ou supprimez le dossier.</translation>
    </message>
    <message>
        <source>{name} cannot be taught: it has {outputs} outputs but {classes} class names.</source>
        <translation>Impossible d’enseigner à {name}&#x202f;: il a {outputs} sorties mais {classes} noms de classes.</translation>
    </message>
    <message>
        <source>Re-import it with its class names.</source>
        <translation>Réimportez-le avec ses noms de classes.</translation>
    </message>
    <message>
        <source>weights: file not found: {path}</source>
        <extracomment>In an experiment config, ``weights = &quot;@previous&quot;`` starts a run from the previous run&apos;s trained model (a fine-tuning stage); ExperimentConfig resolves it to a weights file just before that run. Keras backends a run can train on (core/training/backend.py): &quot;auto&quot; is PyTorch where it sees a GPU (Apple&apos;s MPS, or CUDA) and TensorFlow does not, TensorFlow otherwise. Input size each architecture uses when the user does not choose one.</extracomment>
        <translation>weights&#x202f;: fichier introuvable&#x202f;: {path}</translation>
    </message>
    <message>
        <source>image_size: must be at least 16 pixels</source>
        <translation>image_size&#x202f;: doit être d’au moins 16 pixels</translation>
    </message>
    <message>
        <source>image_size: {arch} needs at least {minimum} pixels</source>
        <translation>image_size&#x202f;: {arch} nécessite au moins {minimum} pixels</translation>
    </message>
    <message>
        <source>{field}: must be one of {choices}, not {value!r}</source>
        <translation>{field}&#x202f;: doit être l’une des valeurs {choices}, et non {value!r}</translation>
    </message>
    <message>
        <source>{field}: must be at least {min}, not {value}</source>
        <translation>{field}&#x202f;: doit être au moins {min}, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be at most {max}, not {value}</source>
        <translation>{field}&#x202f;: doit être au plus {max}, et non {value}</translation>
    </message>
    <message>
        <source>{name}: range must lie in [{lowest}, {highest}] with low &lt;= high, not ({low}, {high})</source>
        <extracomment>Optional second test folder of realistic (not Fruits-360-style) images. Tuning&apos;s search samplers: TPE (Bayesian, Optuna&apos;s default), a Gaussian process, plain random search.</extracomment>
        <translation>{name}&#x202f;: la plage doit être comprise dans [{lowest}, {highest}] avec min &lt;= max, et non ({low}, {high})</translation>
    </message>
    <message>
        <source>{name}: a log-scale range must start above 0</source>
        <translation>{name}&#x202f;: une plage en échelle logarithmique doit commencer au-dessus de 0</translation>
    </message>
    <message>
        <source>study: give the study a name</source>
        <translation>study&#x202f;: donnez un nom à l’étude</translation>
    </message>
    <message>
        <source>fine_tune_layers: range must lie in [0, {limit}] for {arch} with low &lt;= high, not ({low}, {high})</source>
        <translation>fine_tune_layers&#x202f;: pour {arch}, la plage doit être comprise dans [0, {limit}] avec min &lt;= max, et non ({low}, {high})</translation>
    </message>
    <message>
        <source>not an HDF5 model file (it may be damaged or another format)</source>
        <extracomment>Layers whose arrival means preprocessing is over (no scaling layer seen before them). Per layer class: config keys Keras 3 refuses that older Keras wrote with a harmless value. Per layer class: config keys tf.keras 2 wrote as one-element lists where Keras 3 wants the element.</extracomment>
        <translation>pas un fichier de modèle HDF5 (il est peut-être endommagé ou dans un autre format)</translation>
    </message>
    <message>
        <source>its model configuration is not valid JSON</source>
        <translation>sa configuration de modèle n’est pas un JSON valide</translation>
    </message>
    <message>
        <source>the labels file holds no list of names: use a JSON list or one name per line</source>
        <translation>le fichier d’étiquettes ne contient pas de liste de noms&#x202f;: utilisez une liste JSON ou un nom par ligne</translation>
    </message>
    <message>
        <source>saved_model.pb is damaged (not a SavedModel graph)</source>
        <extracomment>String operations whose names merely mention files (the saver builds shard names with them). Refused by name. Refused when the (lower-case) name contains one of these: files, readers and writers, summaries and events, Python, RPC and data service, input pipelines (they read and cache files), debugging hooks (they write to URLs), and cross-device or cross-machine traffic. Other names TensorFlow reads a SavedModel&apos;s graph from (text, chunked); an export writes saved_model.pb only.</extracomment>
        <translation>saved_model.pb est endommagé (pas un graphe SavedModel)</translation>
    </message>
    <message>
        <source>is a folder, not a .keras model file (SavedModel folders are not supported)</source>
        <translation>est un dossier, pas un fichier de modèle .keras (les dossiers SavedModel ne sont pas pris en charge)</translation>
    </message>
    <message>
        <source>is a legacy HDF5 model; open it in Keras and re-save it with model.save(&apos;name.keras&apos;)</source>
        <translation>est un modèle HDF5 d’ancien format&#x202f;; ouvrez-le dans Keras et réenregistrez-le avec model.save(&apos;name.keras&apos;)</translation>
    </message>
    <message>
        <source>is a TensorFlow Lite model: it answers photos, but cannot be fine-tuned, explained or exported again (import the Keras model for that)</source>
        <translation>est un modèle TensorFlow Lite&#x202f;: il répond aux photos, mais ne peut être ni affiné, ni expliqué, ni réexporté (importez le modèle Keras pour cela)</translation>
    </message>
    <message>
        <source>not a Keras model file (expected a file ending in .keras)</source>
        <translation>pas un fichier de modèle Keras (un fichier se terminant par .keras est attendu)</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be renamed</source>
        <extracomment>Why a model cannot be changed, per action: whole sentences, so each translates as one.</extracomment>
        <translation>{name!r} est un modèle fourni et ne peut pas être renommé</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be deleted</source>
        <translation>{name!r} est un modèle fourni et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>{name!r} is a bundled model and cannot be changed</source>
        <translation>{name!r} est un modèle fourni et ne peut pas être modifié</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be renamed here</source>
        <translation>{path} n’est pas dans le dossier des modèles de l’application, il ne peut donc pas être renommé ici</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be deleted here</source>
        <translation>{path} n’est pas dans le dossier des modèles de l’application, il ne peut donc pas être supprimé ici</translation>
    </message>
    <message>
        <source>{path} is not in the app&apos;s model folder, so it cannot be changed here</source>
        <translation>{path} n’est pas dans le dossier des modèles de l’application, il ne peut donc pas être modifié ici</translation>
    </message>
    <message>
        <source>import or train a copy if you want one you can change</source>
        <translation>importez ou entraînez une copie si vous voulez un modèle modifiable</translation>
    </message>
    <message>
        <source>import it first</source>
        <translation>importez-le d’abord</translation>
    </message>
    <message>
        <source>The new name is empty: type a name for the model</source>
        <translation>Le nouveau nom est vide&#x202f;: saisissez un nom pour le modèle</translation>
    </message>
    <message>
        <source>A model called {name!r} already exists: choose another name</source>
        <translation>Un modèle nommé {name!r} existe déjà&#x202f;: choisissez un autre nom</translation>
    </message>
    <message>
        <source>Could not rename {name!r}: {reason}</source>
        <translation>Impossible de renommer {name!r}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Could not delete {name!r}: {reason}</source>
        <translation>Impossible de supprimer {name!r}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>A model folder called {name!r} exists again, so the deleted one stays in the trash; put it back from there by hand under another name</source>
        <translation>Un dossier de modèle nommé {name!r} existe de nouveau, le dossier supprimé reste donc dans la corbeille&#x202f;; restaurez-le manuellement depuis celle-ci sous un autre nom</translation>
    </message>
    <message>
        <source>Could not bring the model back from {path}: {reason}</source>
        <translation>Impossible de restaurer le modèle depuis {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>put it back from the desktop&apos;s trash by hand</source>
        <translation>restaurez-le manuellement depuis la corbeille du bureau</translation>
    </message>
    <message>
        <source>Could not update {name!r}: {reason}</source>
        <translation>Impossible de mettre à jour {name!r}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>No model name given</source>
        <translation>Aucun nom de modèle indiqué</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}&#x202f;: illisible ({reason})</translation>
    </message>
    <message>
        <source>There is no trash for {path} ({reason}), so it cannot be moved there</source>
        <translation>Il n’y a pas de corbeille pour {path} ({reason}), il ne peut donc pas y être déplacé</translation>
    </message>
    <message>
        <source>delete it for good instead (it cannot be brought back)</source>
        <translation>supprimez-le plutôt définitivement (il ne pourra pas être restauré)</translation>
    </message>
    <message>
        <source>Could not move {path} to the trash: {reason}</source>
        <translation>Impossible de déplacer {path} dans la corbeille&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Could not keep a copy of {path} for Undo: {reason}</source>
        <translation>Impossible de conserver une copie de {path} pour pouvoir annuler&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>check the free space and permissions of the app&apos;s data folder</source>
        <translation>vérifiez l’espace libre et les autorisations du dossier de données de l’application</translation>
    </message>
    <message>
        <source>Skipped {name}: {reason}</source>
        <translation>{name} ignoré&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Backbone features for {what}: {done:,} of {total:,} images</source>
        <extracomment>The pooling layer every transfer builder (models/layers.transfer_model) ends its backbone with.</extracomment>
        <translation>Caractéristiques du réseau de base pour les {what}&#x202f;: {done:,} sur {total:,}</translation>
    </message>
    <message>
        <source>Frozen backbone: computing its features once, then training only the head.</source>
        <translation>Réseau de base gelé&#x202f;: calcul de ses caractéristiques une seule fois, puis entraînement de la tête seule.</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>images d’entraînement</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>images de validation</translation>
    </message>
    <message>
        <source>run {run!r} already finished all {epochs} epochs; give more epochs (--epochs N) to continue it</source>
        <translation>l’entraînement {run!r} a déjà terminé ses {epochs} époques&#x202f;; indiquez plus d’époques (--epochs N) pour le poursuivre</translation>
    </message>
    <message>
        <source>run {run!r} finished and its checkpoint was removed to save space</source>
        <translation>l’entraînement {run!r} est terminé et son point de contrôle a été supprimé pour libérer de l’espace</translation>
    </message>
    <message>
        <source>start a new run with its settings: --config {path}</source>
        <translation>lancez un nouvel entraînement avec ses réglages&#x202f;: --config {path}</translation>
    </message>
    <message>
        <source>no training settings given</source>
        <translation>aucun réglage d’entraînement indiqué</translation>
    </message>
    <message>
        <source>invalid settings: {problems}</source>
        <translation>réglages non valides&#x202f;: {problems}</translation>
    </message>
    <message>
        <source>Reading {count:,} images of {classes} classes…</source>
        <translation>Lecture de {count:,} images de {classes} classes…</translation>
    </message>
    <message>
        <source>training was cancelled before it started</source>
        <translation>l’entraînement a été annulé avant de commencer</translation>
    </message>
    <message>
        <source>Training in {precision} mixed precision (weights stay float32).</source>
        <translation>Entraînement en précision mixte {precision} (les poids restent en float32).</translation>
    </message>
    <message>
        <source>Training with Keras on PyTorch: {device}.</source>
        <translation>Entraînement avec Keras sur PyTorch&#x202f;: {device}.</translation>
    </message>
    <message>
        <source>none of the images in the class folders could be read (e.g. {name}: {reason}); check that they hold photos</source>
        <translation>aucune des images des dossiers de classe n’a pu être lue (p. ex. {name}&#x202f;: {reason})&#x202f;; vérifiez qu’ils contiennent des photos</translation>
    </message>
    <message>
        <source>too few readable training images; check the data folder</source>
        <translation>trop peu d’images d’entraînement lisibles&#x202f;; vérifiez le dossier de données</translation>
    </message>
    <message>
        <source>no data folder given; choose a folder with one sub-folder per class</source>
        <translation>aucun dossier de données indiqué&#x202f;; choisissez un dossier contenant un sous-dossier par classe</translation>
    </message>
    <message>
        <source>training needs at least two classes, each in its own sub-folder</source>
        <translation>l’entraînement nécessite au moins deux classes, chacune dans son propre sous-dossier</translation>
    </message>
    <message>
        <source>Stopped; keeping the best completed epoch.</source>
        <translation>Arrêté&#x202f;; la meilleure époque terminée est conservée.</translation>
    </message>
    <message>
        <source>Test folder not evaluated: {reason}</source>
        <translation>Dossier de test non évalué&#x202f;: {reason}</translation>
    </message>
</context>
</TS>
