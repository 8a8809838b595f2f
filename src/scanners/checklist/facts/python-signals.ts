/** Families of seeding; each ML library needs its own seed for training to repeat. */
export type SeedKind = 'python' | 'numpy' | 'torch' | 'tensorflow' | 'jax' | 'all-frameworks' | 'estimator'

/**
 * What a Python line shows. The first seven speak to checklist checks; the rest are the artifacts
 * of an ML code base that the capability audit reads (`tokenizer`: a tokenizer is loaded; `gpu-skip`:
 * a test skips without a GPU; `run-id`: the tracking run's id, name or directory is read).
 */
export type SignalCategory =
  | 'seed' | 'determinism' | 'tracking' | 'config' | 'checkpoint-save' | 'checkpoint-load' | 'public-dataset'
  | 'tokenizer' | 'model-load' | 'model-init' | 'adapter' | 'train-loop' | 'precision' | 'grad-accum'
  | 'metrics' | 'metrics-write' | 'system-metrics' | 'logging'
  | 'checkpoint-state' | 'checkpoint-retention' | 'checkpoint-verify' | 'checkpoint-lenient' | 'checkpoint-accumulating'
  | 'data-loader' | 'data-split' | 'data-shuffle-seeded' | 'data-cache'
  | 'sweep' | 'registry' | 'run-id' | 'safety' | 'gpu-skip' | 'optional-skip' | 'cli-config'

/** Imports that mean experiment tracking or file-based configuration, by module prefix. */
export const IMPORT_SIGNALS: ReadonlyArray<{ readonly prefix: string; readonly category: SignalCategory }> = [
  { prefix: 'mlflow', category: 'tracking' },
  { prefix: 'wandb', category: 'tracking' },
  { prefix: 'tensorboardX', category: 'tracking' },
  { prefix: 'torch.utils.tensorboard', category: 'tracking' },
  { prefix: 'tensorboard', category: 'tracking' },
  { prefix: 'comet_ml', category: 'tracking' },
  { prefix: 'neptune', category: 'tracking' },
  { prefix: 'clearml', category: 'tracking' },
  { prefix: 'aim', category: 'tracking' },
  { prefix: 'sacred', category: 'tracking' },
  { prefix: 'dvclive', category: 'tracking' },
  { prefix: 'hydra', category: 'config' },
  { prefix: 'omegaconf', category: 'config' },
  { prefix: 'gin', category: 'config' },
  { prefix: 'ml_collections', category: 'config' },
  { prefix: 'jsonargparse', category: 'config' },
  { prefix: 'tiktoken', category: 'tokenizer' },
  { prefix: 'sentencepiece', category: 'tokenizer' },
  { prefix: 'tokenizers', category: 'tokenizer' },
  { prefix: 'peft', category: 'adapter' },
  { prefix: 'evaluate', category: 'metrics' },
  { prefix: 'torchmetrics', category: 'metrics' },
  { prefix: 'sklearn.metrics', category: 'metrics' },
  { prefix: 'optuna', category: 'sweep' },
  { prefix: 'ray.tune', category: 'sweep' },
  { prefix: 'psutil', category: 'system-metrics' },
  { prefix: 'pynvml', category: 'system-metrics' },
  { prefix: 'GPUtil', category: 'system-metrics' },
  { prefix: 'structlog', category: 'logging' },
  { prefix: 'loguru', category: 'logging' },
  { prefix: 'pluggy', category: 'registry' },
]

export interface CallSignal {
  readonly source: string
  readonly category: SignalCategory
  readonly seedKind?: SeedKind
  /** The call counts only in a file that imports one of these: a local `load_dataset` is not Hugging Face's. */
  readonly bindsTo?: readonly string[]
  /** What the evidence calls the match, when the call itself says little (`EventsWriter(` is TensorBoard). */
  readonly label?: string
  /** Matches inside string literals too: a file name pattern is a string. */
  readonly inStrings?: boolean
  /** The evidence is the matched line (`class GPT(nn.Module):`), for patterns that start inside it. */
  readonly labelFromLine?: boolean
}

/** Calls and arguments that show a practice; each source is a plain alternative of one combined regex. */
/** What the checklist's checks read, matched in every Python file and notebook. */
export const CALL_SIGNALS: readonly CallSignal[] = [
  { source: '\\btorch\\.(?:cuda\\.)?manual_seed(?:_all)?\\s*\\(', category: 'seed', seedKind: 'torch' },
  { source: '\\btorch\\.random\\.manual_seed\\s*\\(', category: 'seed', seedKind: 'torch' },
  { source: '\\b(?:tf|tensorflow)\\.(?:random\\.set_seed|set_random_seed|compat\\.v1\\.set_random_seed)\\s*\\(', category: 'seed', seedKind: 'tensorflow' },
  { source: '\\b(?:keras\\.utils\\.)?set_random_seed\\s*\\(', category: 'seed', seedKind: 'tensorflow' },
  { source: '\\b(?:np|numpy)\\.random\\.seed\\s*\\(', category: 'seed', seedKind: 'numpy' },
  { source: '\\b(?:np|numpy)\\.random\\.default_rng\\s*\\(\\s*(?!None\\b)[\\w.]', category: 'seed', seedKind: 'numpy' },
  { source: '(?<![\\w.])random\\.seed\\s*\\(', category: 'seed', seedKind: 'python' },
  { source: '\\b(?:set_seed|seed_everything)\\s*\\(', category: 'seed', seedKind: 'all-frameworks' },
  { source: '\\b(?:jax\\.random\\.(?:PRNGKey|key)|PRNGKey)\\s*\\(', category: 'seed', seedKind: 'jax' },
  { source: '\\brandom_state\\s*=\\s*(?!None\\b)[\\w.]', category: 'seed', seedKind: 'estimator' },
  { source: '\\btorch\\.use_deterministic_algorithms\\s*\\(\\s*True|\\bcudnn\\.deterministic\\s*=\\s*True|\\benable_op_determinism\\s*\\(', category: 'determinism' },
  { source: '\\b(?:WandbLogger|TensorBoardLogger|MLFlowLogger|CometLogger|NeptuneLogger|SummaryWriter)\\s*\\(', category: 'tracking' },
  { source: '\\bcallbacks\\.TensorBoard\\s*\\(|\\btf\\.summary\\.create_file_writer\\s*\\(', category: 'tracking' },
  // TensorFlow 1's event writer, which research loggers wrap (improved-diffusion's logger.py).
  { source: '\\b(?:tf\\.(?:compat\\.v1\\.)?Summary|tf\\.summary\\.FileWriter|(?:pywrap_tensorflow\\.)?EventsWriter)\\s*\\(', category: 'tracking', label: 'TensorBoard event writer' },
  { source: '\\breport_to\\s*=\\s*[\\[(]?\\s*["\'](?:wandb|tensorboard|mlflow|comet_ml|neptune|clearml|all)["\']', category: 'tracking' },
  { source: '@hydra\\.main\\s*\\(|\\bOmegaConf\\.load\\s*\\(|\\bgin\\.parse_config_files?(?:_and_bindings)?\\s*\\(|\\bLightningCLI\\s*\\(', category: 'config' },
  { source: '\\btorch\\.save\\s*\\(|\\.save_pretrained\\s*\\(|\\bsave_checkpoint\\s*\\(|\\.save_weights\\s*\\(|\\bModelCheckpoint\\s*\\(|\\btf\\.train\\.Checkpoint(?:Manager)?\\s*\\(|\\bmodel\\.save\\s*\\(|\\.save_model\\s*\\(|\\.save_state\\s*\\(|\\bjoblib\\.dump\\s*\\(', category: 'checkpoint-save' },
  { source: '\\btorch\\.load\\s*\\(|\\.load_state_dict\\s*\\(|\\bload_checkpoint\\s*\\(|\\.load_from_checkpoint\\s*\\(|\\bresume_from_checkpoint\\b|ckpt_path(?<=[(,][\\s]*ckpt_path)\\s*=(?!=)|\\.load_weights\\s*\\(|\\blatest_checkpoint\\s*\\(|\\b(?:checkpoint|ckpt|manager)\\.restore\\s*\\(|\\.load_state\\s*\\(|\\bjoblib\\.load\\s*\\(|\\bload_model\\s*\\(|\\brestore_checkpoint\\s*\\(', category: 'checkpoint-load' },
  { source: '\\bload_dataset\\s*\\(', category: 'public-dataset', bindsTo: ['datasets'] },
]

/**
 * What the capability audit reads, each category one kind of artifact of an ML code base. Matched
 * only in files that import an ML, data or tracking library: a web service's `DataLoader(` or
 * `Trainer(` is something else, and the extra pass would cost every other file.
 */
export const CAPABILITY_SIGNALS: readonly CallSignal[] = [
  { source: 'Tokenizer(?:Fast)?\\.from_pretrained\\s*\\(|\\btiktoken\\.(?:get_encoding|encoding_for_model)\\s*\\(|\\bSentencePieceProcessor\\s*\\(|\\bTokenizer\\.from_file\\s*\\(|\\bAutoProcessor\\.from_pretrained\\s*\\(', category: 'tokenizer' },
  { source: '(?:Model|For[A-Z]\\w+|Pipeline)\\.from_pretrained\\s*\\(|\\btimm\\.create_model\\s*\\(|\\btorch\\.hub\\.load\\s*\\(', category: 'model-load' },
  // Class lines: the pattern starts at a literal and looks back to `class`, so the evidence is the line.
  { source: '(?:nn|torch\\.nn)\\.Module\\)(?<=^[ \\t]*class[ \\t]+\\w+\\((?:nn|torch\\.nn)\\.Module\\))', category: 'model-load', labelFromLine: true },
  { source: '(?:Tokenizer|BPE)\\w*(?<=^[ \\t]*class[ \\t]+\\w*(?:Tokenizer|BPE)\\w*)', category: 'tokenizer', labelFromLine: true },
  { source: '\\btorch_dtype\\s*=|\\bdevice_map\\s*=|\\.to\\(\\s*(?:device|self\\.device|dtype|["\'](?:cuda|mps)["\'])', category: 'model-init' },
  { source: '\\bget_peft_model\\s*\\(|\\bLoraConfig\\s*\\(|\\bPeftModel\\.from_pretrained\\s*\\(|\\bprepare_model_for_kbit_training\\s*\\(', category: 'adapter' },
  { source: 'Trainer\\s*\\(|\\bloss\\.backward\\s*\\(|\\b(?:accelerator|scaler\\.scale\\(\\s*loss\\s*\\))\\.backward\\s*\\(|\\b(?:optimizer|optim|opt)\\.step\\s*\\(|\\btrainer\\.(?:fit|train)\\s*\\(', category: 'train-loop' },
  { source: '\\b(?:torch\\.)?(?:(?:cuda|cpu)\\.)?(?:amp\\.)?autocast\\s*\\(|\\bGradScaler\\s*\\(|\\buse_fp16\\b|\\bconvert_to_fp16\\s*\\(|\\b(?:bf16|fp16|mixed_precision|precision)\\s*(?::[^=\\n]*)?=\\s*(?:True\\b|["\'](?:bf16|fp16|16)(?:-(?:mixed|true))?["\'])', category: 'precision' },
  { source: '\\b(?:gradient_accumulation_steps|accumulate_grad_batches|grad_accum\\w*|micro_?batch\\w*)\\b', category: 'grad-accum' },
  { source: '\\bevaluate\\.load\\s*\\(|\\bcompute_metrics\\b|\\b(?:accuracy_score|f1_score|precision_score|recall_score|roc_auc_score|mean_squared_error|perplexity)\\s*\\(|\\beval_\\w+\\s*\\(|\\bevaluate(?:_\\w+)?\\s*\\(', category: 'metrics' },
  { source: '\\b(?:log_metrics|save_metrics|log_metric|log_dict|add_scalars?)\\s*\\(|\\bwandb\\.log\\s*\\(|\\bself\\.log\\s*\\(|\\bCSVLogger\\s*\\(|\\bjson\\.dump\\s*\\(\\s*\\w*(?:metric|result|score|eval|stat|log)|\\.to_csv\\s*\\(|\\bcsv\\.(?:writer|DictWriter)\\s*\\(|\\.write\\s*\\(\\s*json\\.dumps\\s*\\(\\s*\\w*(?:metric|result|score|eval|stat|log|kv|record|row|entry)', category: 'metrics-write' },
  { source: '\\btorch\\.cuda\\.(?:max_)?memory_(?:allocated|reserved)\\s*\\(|\\bDeviceStatsMonitor\\s*\\(|\\bpsutil\\.\\w+\\s*\\(', category: 'system-metrics' },
  { source: '\\b(?:optimizer|optim|opt|scheduler|lr_scheduler|scaler)\\.state_dict\\s*\\(|\\btorch\\.(?:cuda\\.)?get_rng_state(?:_all)?\\s*\\(|\\b(?:np|numpy)\\.random\\.get_state\\s*\\(|(?<![\\w.])random\\.getstate\\s*\\(', category: 'checkpoint-state' },
  { source: '\\b(?:save_total_limit|save_top_k|max_to_keep|keep_checkpoint_max|keep_last_n\\w*|max_checkpoints|checkpoints_total_limit|num_checkpoints_to_keep|keep_n_checkpoints)\\s*[=:]|\\b_?rotate_checkpoints\\s*\\(', category: 'checkpoint-retention' },
  { source: '\\bhashlib\\.(?:sha256|sha1|md5|blake2b)\\s*\\(|\\b(?:missing_keys|unexpected_keys)\\b|\\bverify_checksum\\w*\\s*\\(|\\bweights_only\\s*=\\s*True', category: 'checkpoint-verify' },
  // A checkpoint file named after the step or epoch: every save adds a file.
  { source: 'f["\'][^"\'\\n]*\\{[^}\\n]*(?:step|epoch|iter)[^}\\n]*\\}[^"\'\\n]*\\.(?:pt|pth|ckpt|bin|safetensors|h5|pkl)["\']', category: 'checkpoint-accumulating', label: 'a checkpoint file per step', inStrings: true },
  { source: '\\bDataLoader\\s*\\(|\\btf\\.data\\.Dataset\\.\\w+\\s*\\(', category: 'data-loader' },
  { source: '\\b(?:random_split|train_test_split|KFold|StratifiedKFold)\\s*\\(|\\bsplit\\s*=\\s*["\'](?:train|validation|test|val)', category: 'data-split' },
  { source: '\\.shuffle\\s*\\(\\s*seed\\s*=|(?:\\bDataLoader|\\brandom_split|Sampler)\\s*\\([^)\\n]*\\b(?:generator|seed)\\s*=|\\bworker_init_fn\\s*=', category: 'data-shuffle-seeded' },
  // A list of split names (`for split in ["train", "test"]`) is a split, though it is written as strings.
  { source: '["\'](?:train|training)["\']\\s*,\\s*["\'](?:test|val|valid|validation|eval)["\']', category: 'data-split', label: 'train and test splits', inStrings: true },
  { source: '\\b(?:cache_dir|cache_file_name)\\s*=|\\.save_to_disk\\s*\\(|\\bload_from_disk\\s*\\(|\\bnp\\.memmap\\s*\\(', category: 'data-cache' },
  { source: '\\bwandb\\.sweep\\s*\\(|\\boptuna\\.create_study\\s*\\(|\\btune\\.run\\s*\\(|\\bhyperparameter_search\\s*\\(', category: 'sweep' },
  { source: '@[.\\w]*register(?<=^[ \\t]*@[.\\w]*register)|REGISTRY\\w*\\s*=|\\bRegistry\\s*\\(|_callbacks?\\s*\\((?<=\\b(?:add|register|trigger)_callbacks?\\s*\\()|\\bentry_points\\s*\\(|\\bregister_(?!buffer|parameter|module|forward|backward|full_backward|load_state|state_dict|hook|comm_hook)\\w+\\s*\\(|_(?:MAPPING|REGISTRY)(?<=[A-Z0-9]_(?:MAPPING|REGISTRY))\\s*[:=]', category: 'registry' },
  { source: '\\bwandb\\.run\\.(?:id|name|url|dir|path|get_url)\\b|\\.info\\.run_id\\b|\\bwandb\\.init\\s*\\([^)\\n]*\\b(?:name|id)\\s*=|\\b(?:wandb_)?run_(?:name|id)\\s*=|\\b(?:logger|writer)\\.(?:version|log_dir)\\b|\\bSummaryWriter\\s*\\(\\s*(?:log_dir\\s*=\\s*)?[\\w"\']|\\b(?:TensorBoard|CSV|Wandb|MLFlow|Comet|Neptune)Logger\\s*\\([^)\\n]*\\b(?:name|save_dir|root_dir|run_name|version|experiment_name)\\s*=|\\blogger\\.configure\\s*\\(|\\b(?:log_dir|logdir|run_dir)\\s*=(?!=)', category: 'run-id' },
  { source: '\\bWANDB_RUN_(?:NAME|ID)\\b|\\bMLFLOW_RUN_ID\\b', category: 'run-id', inStrings: true },
  { source: '\\b(?:safety_checker|SafetyChecker|content_filter\\w*|moderation|nsfw\\w*|guardrails?)\\b', category: 'safety' },
  { source: '\\bskip(?:if|If|Unless|_unless|_if)\\s*\\([^)\\n]*(?:cuda|gpu|GPU|is_available|device_count)|@require_torch_(?:gpu|multi_gpu|accelerator|multi_accelerator|non_multi_gpu)\\b|@pytest\\.mark\\.(?:gpu|cuda|multi_gpu)\\b|@require_(?:cuda|gpu)\\w*', category: 'gpu-skip' },
  { source: '\\bpytest\\.importorskip\\s*\\(|\\bskip(?:if|If|Unless)\\s*\\(\\s*not\\s+(?:\\w+\\.)?is_\\w+_available\\s*\\(', category: 'optional-skip' },
  { source: '\\blogging\\.(?:getLogger|basicConfig)\\s*\\(', category: 'logging' },
  { source: '\\bArgumentParser\\s*\\(|\\bHfArgumentParser\\s*\\(|\\bfire\\.Fire\\s*\\(|\\btyper\\.Typer\\s*\\(|@click\\.(?:command|group)\\b|\\bOmegaConf\\.from_cli\\s*\\(|@(?:dataclasses\\.)?dataclass\\b(?<=^[ \\t]*@(?:dataclasses\\.)?dataclass)|\\bCfgNode\\s*\\(|\\.merge_from_(?:file|list|args|dict)\\s*\\(', category: 'cli-config' },
  { source: '\\btorchvision\\.datasets\\.|\\btfds\\.load\\s*\\(|\\bfetch_openml\\s*\\(|\\bkeras\\.datasets\\.', category: 'public-dataset' },
]

/**
 * What the rest of a matched line adds: one call can show two things (a save to a fixed file name
 * keeps one checkpoint; `load_state_dict(…, strict=False)` loads without checking the keys, which it
 * does by default).
 */
export const LINE_SIGNALS: ReadonlyArray<{ readonly after: SignalCategory; readonly test: RegExp; readonly category: SignalCategory; readonly label: string }> = [
  { after: 'checkpoint-save', test: /(?<![fF])['"][\w.-]+\.(?:pt|pth|ckpt|bin|safetensors|h5|keras|pkl)['"]\s*\)*\s*$/, category: 'checkpoint-retention', label: 'saved over one fixed file' },
  { after: 'checkpoint-load', test: /\bstrict\s*=\s*False\b/, category: 'checkpoint-lenient', label: 'load_state_dict(strict=False)' },
]
